/**
 * Who pays for a public service: the reading of 支出责任 sentences into payers and their
 * roles.
 */
package org.policygraph.funding;
