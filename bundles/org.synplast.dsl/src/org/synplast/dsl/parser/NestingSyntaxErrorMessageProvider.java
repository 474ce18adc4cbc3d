package org.synplast.dsl.parser;

import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.synplast.dsl.parser.antlr.internal.InternalSynPlastLexer;

/** Syntax error messages; explains the nesting limit of {@link NestingLimitedParser}. */
public class NestingSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	/** Issue code of a nesting-limit syntax error. */
	public static final String NESTING_TOO_DEEP = "org.synplast.dsl.nestingTooDeep";

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException e = context.getRecognitionException();
		Token t = e == null ? null : e.token;
		if (t != null && t.getType() == InternalSynPlastLexer.RULE_ANY_OTHER && t.getText() != null
				&& "([{-^else".contains(t.getText())) {
			return new SyntaxErrorMessage("Nesting too deep: at most " + NestingLimitedParser.MAX_DEPTH
					+ " levels of brackets and " + NestingLimitedParser.MAX_CHAIN
					+ " chained operators per value; simplify this expression or block", NESTING_TOO_DEEP);
		}
		return super.getSyntaxErrorMessage(context);
	}
}
