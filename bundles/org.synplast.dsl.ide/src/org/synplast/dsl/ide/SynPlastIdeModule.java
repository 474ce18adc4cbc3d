package org.synplast.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.synplast.dsl.ide.contentassist.SynPlastContentProposalProvider;
import org.synplast.dsl.ide.hover.SynPlastHoverService;

/** IDE-neutral services of SynPlast (content assist, hover) for editors and the language server. */
public class SynPlastIdeModule extends AbstractSynPlastIdeModule {

	/** Content assist with catalogue keys and units. */
	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return SynPlastContentProposalProvider.class;
	}

	/** Hover from the parameter catalogue. */
	public Class<? extends IHoverService> bindIHoverService() {
		return SynPlastHoverService.class;
	}
}
