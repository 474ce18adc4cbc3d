/** Parser services of SynPlast: the nesting-limited parser and its syntax error messages. */
package org.synplast.dsl.parser;
