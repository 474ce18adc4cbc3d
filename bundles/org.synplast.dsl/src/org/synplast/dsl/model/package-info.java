/**
 * Read access to SynPlast models: paths of settings, effective settings after `extends`, and
 * canonical values ({@link org.synplast.dsl.model.Values}) for validation and the compiler.
 */
package org.synplast.dsl.model;
