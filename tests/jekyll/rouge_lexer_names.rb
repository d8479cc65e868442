# Prints, one a line and sorted, every name Rouge finds a lexer by (Rouge::Lexer.find: each lexer's tag and
# aliases, case-sensitive): the names kramdown highlights a code block in. tst_kramdowncode compares them
# with RougeLexerNames, so that the table follows the Rouge this machine has.
#
#   ruby rouge_lexer_names.rb
require 'rouge'

puts Rouge::Lexer.all.flat_map { |lexer| [lexer.tag] + lexer.aliases }.uniq.sort
