package org.synplast.dsl.parser;

import java.util.Set;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.synplast.dsl.parser.antlr.SynPlastParser;
import org.synplast.dsl.parser.antlr.internal.InternalSynPlastLexer;

/**
 * The SynPlast parser with a bound on nesting, so that no input can overflow the parser's stack:
 * an opening bracket deeper than {@link #MAX_DEPTH}, or a chain of more than {@link #MAX_CHAIN}
 * unary minus, `^` or `else` within one value, is handed to the parser as an unknown token and
 * becomes a syntax error ({@link NestingSyntaxErrorMessageProvider} words it).
 */
public class NestingLimitedParser extends SynPlastParser {

	/** Deepest nesting of (), [] and {} accepted. */
	public static final int MAX_DEPTH = 100;
	/** Longest chain of right-recursive operators accepted within one value. */
	public static final int MAX_CHAIN = 100;

	private static final Set<String> OPEN = Set.of("(", "[", "{");
	private static final Set<String> CLOSE = Set.of(")", "]", "}");
	private static final Set<String> CHAIN = Set.of("-", "^", "else");
	private static final Set<String> CHAIN_RESET = Set.of("=", "{", "}", ",", ";");

	@Override
	protected TokenSource createLexer(CharStream stream) {
		TokenSource lexer = super.createLexer(stream);
		return new TokenSource() {
			private int depth;
			private int chain;

			@Override
			public Token nextToken() {
				Token t = lexer.nextToken();
				if (t.getChannel() != Token.DEFAULT_CHANNEL || t.getType() == Token.EOF) {
					return t;
				}
				String text = t.getText();
				if (CHAIN_RESET.contains(text)) {
					chain = 0;
				}
				if (OPEN.contains(text) && ++depth > MAX_DEPTH || CHAIN.contains(text) && ++chain > MAX_CHAIN) {
					t.setType(InternalSynPlastLexer.RULE_ANY_OTHER);
				} else if (CLOSE.contains(text) && depth > 0) {
					depth--;
				}
				return t;
			}

			@Override
			public String getSourceName() {
				return lexer.getSourceName();
			}
		};
	}
}
