/**
 * People: officials appointed, removed or designated by personnel decisions, and
 * editorial boards.
 */
package org.policygraph.official;
