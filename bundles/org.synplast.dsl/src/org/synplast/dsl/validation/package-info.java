/** Validation of SynPlast files: {@link org.synplast.dsl.validation.SynPlastValidator} and its issue codes. */
package org.synplast.dsl.validation;
