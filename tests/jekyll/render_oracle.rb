# The oracle for Postwright's preview: reads a site with the real Jekyll API and renders every post's content
# as Jekyll publishes it, without its layout (Liquid, then the Markdown converter: what `{{ content }}` is in the
# layout), and prints it as JSON, {relative_path: html}. A post Jekyll cannot render (a Liquid error such as a
# missing include: the real build stops there) is null; the reason goes to stderr.
#
#   ruby render_oracle.rb SITE
#
# Safe mode, no network, nothing written into SITE. A plugin or theme the site lists that this machine does not
# have is dropped with a note on stderr instead of stopping the read (safe mode loads no plugin anyway unless the
# site allow-lists it). `future` and `unpublished` are forced on so that every post is rendered: they only filter
# what the reader keeps. Each post's layout is set to "none" so that only its own content is rendered: a layout
# would neither change it nor, when the theme is missing, render at all.
require 'jekyll'
require 'json'
require 'tmpdir'
require 'fileutils'

source = File.expand_path(ARGV[0] || abort('usage: ruby render_oracle.rb SITE'))
destination = Dir.mktmpdir('postwright-render-oracle')
at_exit { FileUtils.remove_entry(destination) }

def installed?(name)
  Gem::Specification.find_all_by_name(name).any? || !Gem.find_files("#{name}.rb").empty?
end

config = Jekyll.configuration('source' => source, 'destination' => destination, 'quiet' => true, 'safe' => true,
                              'disable_disk_cache' => true, 'future' => true, 'unpublished' => true)
if config['theme'].is_a?(String) && !installed?(config['theme'])
  warn "render_oracle: theme #{config['theme']} is not installed; read without it"
  config.delete('theme')
end
%w(plugins gems whitelist plugins_whitelist).each do |key|
  next unless config[key].is_a?(Array)
  missing, present = config[key].partition { |name| !installed?(name.to_s) }
  missing.each { |name| warn "render_oracle: plugin #{name} (#{key}) is not installed; skipped" }
  config[key] = present
end
not_allowed = Array(config['plugins']) - Array(config['whitelist']) - Array(config['plugins_whitelist'])
unless not_allowed.empty?
  warn "render_oracle: safe mode does not load plugins that are not allow-listed: #{not_allowed.join(', ')}"
end

site = Jekyll::Site.new(config)
site.read
payload = site.site_payload
out = {}
site.posts.docs.each do |doc|
  doc.data['layout'] = 'none'
  begin
    out[doc.relative_path] = Jekyll::Renderer.new(site, doc, payload).run
  rescue StandardError, Liquid::Error => e
    warn "render_oracle: #{doc.relative_path}: #{e.class}: #{e.message.lines.first&.strip}"
    out[doc.relative_path] = nil
  end
end
puts JSON.generate(out)
