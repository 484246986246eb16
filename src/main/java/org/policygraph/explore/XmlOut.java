package org.policygraph.explore;

import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Indented XML for the graph formats. The StAX writer escapes markup; characters that XML
 * 1.0 forbids altogether (control characters a gazette scan may carry) are dropped here,
 * or no parser would read the file.
 */
final class XmlOut implements AutoCloseable {

	private final XMLStreamWriter xml;

	private int depth;

	private boolean hasChildren;

	XmlOut(OutputStream out) {
		try {
			this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Opens an element; attributes are name, value pairs, and a null value leaves its
	 * attribute out.
	 */
	XmlOut start(String name, String... attributes) {
		return element(name, false, attributes);
	}

	XmlOut empty(String name, String... attributes) {
		return element(name, true, attributes);
	}

	/** An element holding only text, on one line. */
	XmlOut text(String name, String text, String... attributes) {
		try {
			newline();
			xml.writeStartElement(name);
			attributes(attributes);
			xml.writeCharacters(clean(text));
			xml.writeEndElement();
			hasChildren = true;
			return this;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	XmlOut end() {
		try {
			depth--;
			if (hasChildren) {
				newline();
			}
			xml.writeEndElement();
			hasChildren = true;
			return this;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		try {
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.flush();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private XmlOut element(String name, boolean empty, String... attributes) {
		try {
			newline();
			if (empty) {
				xml.writeEmptyElement(name);
			}
			else {
				xml.writeStartElement(name);
				depth++;
			}
			attributes(attributes);
			hasChildren = empty;
			return this;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void attributes(String... pairs) throws XMLStreamException {
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				xml.writeAttribute(pairs[i], clean(pairs[i + 1]));
			}
		}
	}

	private void newline() throws XMLStreamException {
		xml.writeCharacters("\n" + "  ".repeat(depth));
	}

	static String clean(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints()
			.filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
					|| c >= 0x10000)
			.forEach(kept::appendCodePoint);
		return kept.toString();
	}

}
