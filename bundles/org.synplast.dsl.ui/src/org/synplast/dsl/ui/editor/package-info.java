/** The SynPlast text editor: document model, highlighting, annotations, assist, hover, outline, fixes. */
package org.synplast.dsl.ui.editor;
