/**
 * The basic public service list: items, their domains, lead departments and funding, with
 * filters and counts.
 */
package org.policygraph.service;
