# frozen_string_literal: true

# Proof that site code ran: loading this file leaves a mark in the site root. The site engine's tests check that
# it appears only when the site is trusted.
File.write(File.join(__dir__, '..', 'plugin-ran.txt'), "the shout plugin was loaded\n")
# Plugins talk on stdout; the engine must keep that off its protocol channel.
puts 'shout: loaded'
STDOUT.puts 'shout: loaded (STDOUT)'
STDOUT.flush

# {% shout hello %} prints HELLO!
class ShoutTag < Liquid::Tag
  def initialize(tag_name, text, parse_context)
    super
    @text = text.strip
  end

  def render(_context)
    "#{@text.upcase}!"
  end
end

Liquid::Template.register_tag('shout', ShoutTag)
