/** IDE-neutral services of SynPlast: module and setup for editors and the language server. */
package org.synplast.dsl.ide;
