/** The SynPlast editor's entry point: the injector of the IDE-neutral Xtext services. */
package org.synplast.dsl.ui;
