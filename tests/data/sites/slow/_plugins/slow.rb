# A site whose code takes its time, for the tests that prove Postwright never waits on it for ever: reading
# the site sleeps when POSTWRIGHT_TEST_SLOW_READ is set, and `{% nap %}` sleeps whenever it renders.
sleep 30 if ENV['POSTWRIGHT_TEST_SLOW_READ']

class NapTag < Liquid::Tag
  def render(_context)
    sleep 30
    'rested'
  end
end

Liquid::Template.register_tag('nap', NapTag)
