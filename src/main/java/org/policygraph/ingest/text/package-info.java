/**
 * The text model and its repair: lines with their numbers in the original file,
 * paragraphs, tables, words broken by spaces or page breaks, Chinese numerals and dates.
 * No knowledge of what a gazette contains.
 */
package org.policygraph.ingest.text;
