/** Value converters of SynPlast terminals. */
package org.synplast.dsl.conversion;
