# frozen_string_literal: true

# Postwright's site engine: reads one Jekyll site once with the system Jekyll and answers the preview's requests,
# one JSON object per line on stdin/stdout (protocol version 1, docs/ARCHITECTURE.md and issue #11).
#
#   ruby postwright-site-engine.rb --site ROOT --cache DIR [--trusted] [--urls preview|published]
#
# Safe mode unless --trusted: no _plugins/, no Bundler, only allow-listed gem plugins. Nothing is ever written into
# ROOT: Jekyll's destination and cache live under DIR, which is also the working directory.

# stdout is the protocol channel and nothing else may reach it: Jekyll's logger, a plugin's `puts` or a C
# extension writing to file descriptor 1 would corrupt a reply. Keep a private copy of the real stdout and point
# both the descriptor and $stdout at stderr before anything else is loaded.
PROTOCOL = $stdout.dup
PROTOCOL.sync = true
$stdout.reopen($stderr)
$stdout = $stderr
# Requests and the site's files are UTF-8 whatever locale the editor was started in.
Encoding.default_external = Encoding::UTF_8
$stdin.set_encoding(Encoding::UTF_8)

require 'json'
require 'optparse'

# Gem plugins GitHub Pages allowed on untrusted repositories, minus those that fetch from the network.
SAFE_PLUGINS = %w(jekyll-feed jekyll-seo-tag jekyll-sitemap jekyll-paginate jekyll-redirect-from
                  jekyll-include-cache jekyll-relative-links jekyll-optional-front-matter jekyll-default-layout
                  jekyll-titles-from-headings jekyll-avatar jekyll-mentions jemoji).freeze
PREVIEW_URL = 'pwsite://site'
# A site whose Liquid keeps naming new unknown tags is not worth retrying forever.
MAX_STAND_INS_PER_REQUEST = 64

def emit(object)
  PROTOCOL.write(JSON.generate(object), "\n")
end

# A path Jekyll or Ruby reports, relative to the site root when inside it (what the writer recognises).
def site_relative(path, root)
  return nil if path.nil? || path.to_s.empty?

  path = path.to_s
  path.start_with?("#{root}/") ? path.delete_prefix("#{root}/") : path.delete_prefix('/')
end

# The error object of the protocol: the message as Jekyll/Liquid/Bundler words it, plus file and line when known.
def error_object(error, root, file: nil, line: nil)
  # Liquid names templates by absolute path; the writer knows them relative to the site.
  message = error.message.to_s.dup.force_encoding('UTF-8').scrub.gsub("#{root}/", '').sub('(<unknown>): ', '').strip
  object = { 'message' => message }
  if defined?(Liquid::Error) && error.is_a?(Liquid::Error)
    file = error.template_name || file
    line = error.line_number || line
  elsif defined?(Psych::SyntaxError) && error.is_a?(Psych::SyntaxError)
    file = error.file || file
    line = error.line
  end
  file = site_relative(file, root)
  object['file'] = file if file
  object['line'] = line if line
  object
end

def fail_launch(error, root, file: nil)
  warn "postwright-site-engine: #{error.class}: #{error.message}"
  emit('event' => 'failed', 'error' => error_object(error, root || '', file: file))
  exit 1
end

options = { urls: 'preview', trusted: false }
begin
  OptionParser.new do |opts|
    opts.on('--site ROOT') { |v| options[:site] = File.expand_path(v) }
    opts.on('--cache DIR') { |v| options[:cache] = File.expand_path(v) }
    opts.on('--trusted') { options[:trusted] = true }
    opts.on('--urls MODE', %w(preview published)) { |v| options[:urls] = v }
  end.parse!(ARGV)
  raise OptionParser::MissingArgument, '--site ROOT' unless options[:site]
  raise OptionParser::MissingArgument, '--cache DIR' unless options[:cache]
  raise ArgumentError, "site folder #{options[:site]} does not exist" unless File.directory?(options[:site])
rescue StandardError => e
  fail_launch(e, options[:site])
end
ROOT = options[:site]
CACHE = options[:cache]
require 'fileutils'
FileUtils.mkdir_p(CACHE)
# Anything a plugin writes with a relative path lands in our cache folder, not in the site or wherever we started.
Dir.chdir(CACHE)

# Bundler stops at the first gem it cannot find; the writer needs the whole list to decide what to install.
def missing_gems_note
  missing = Bundler.definition.dependencies.reject do |dep|
    Gem::Specification.find_all_by_name(dep.name, dep.requirement).any?
  end
  "Gems the site's Gemfile needs that are not installed: #{missing.map(&:to_s).join(', ')}"
rescue StandardError => e
  "(the Gemfile's gems could not be listed: #{e.message})"
end

# Trusted sites run in their own Bundler environment, as `bundle exec jekyll` would. Bundler writes Gemfile.lock
# after resolving when there is none or it changed; that is the site's file, so it is never written.
if options[:trusted] && File.file?(File.join(ROOT, 'Gemfile'))
  ENV['BUNDLE_GEMFILE'] = File.join(ROOT, 'Gemfile')
  begin
    require 'bundler'
    Bundler::Definition.no_lock = true
    Bundler.setup
    Bundler.require(:jekyll_plugins)
    ENV['JEKYLL_NO_BUNDLER_REQUIRE'] = 'true'
  rescue Bundler::GemNotFound => e
    fail_launch(RuntimeError.new("#{e.message}\n#{missing_gems_note}"), ROOT, file: File.join(ROOT, 'Gemfile'))
  rescue StandardError, ScriptError => e
    fail_launch(e, ROOT, file: File.join(ROOT, 'Gemfile'))
  end
end

require 'jekyll'

# A gem or a plain library on the load path (Debian installs some plugins without a gemspec).
def installed?(name)
  Gem::Specification.find_all_by_name(name).any? || !Gem.find_files("#{name}.rb").empty?
rescue StandardError
  false
end

# The site's configuration with our overrides. Plugins and themes this machine cannot load are dropped with a
# note so that the preview still works with what is there; the real build would stop, the preview should not.
def engine_configuration(options, notes)
  overrides = { 'source' => ROOT, 'destination' => File.join(CACHE, '_site'),
                'cache_dir' => File.join(CACHE, 'jekyll-cache'), 'disable_disk_cache' => true,
                'safe' => !options[:trusted], 'incremental' => false, 'watch' => false, 'quiet' => true }
  overrides.merge!('url' => PREVIEW_URL, 'baseurl' => '') if options[:urls] == 'preview'
  config = Jekyll.configuration(overrides)
  # Jekyll expands a plugins_dir other than the default against the working directory, which for
  # `jekyll build` is the site and for us the cache: name the site's folders outright.
  unless config['plugins_dir'].eql?(Jekyll::Configuration::DEFAULTS['plugins_dir'])
    config['plugins_dir'] = Array(config['plugins_dir']).map { |dir| File.expand_path(dir.to_s, ROOT) }
  end
  if config['theme'].is_a?(String) && !installed?(config['theme'])
    notes << "theme #{config['theme']} is not installed; skipped"
    config.delete('theme')
  end
  kept = Array(config['plugins']).map(&:to_s).select do |name|
    if !installed?(name)
      notes << "plugin #{name} is not installed; skipped"
    elsif !options[:trusted] && !SAFE_PLUGINS.include?(name)
      notes << "plugin #{name} is not allowed in safe mode; skipped"
    else
      next true
    end
    false
  end
  config['plugins'] = kept
  # Safe mode loads a listed plugin only when it is also allow-listed; ours is the list, not the site's.
  config['whitelist'] = kept unless options[:trusted]
  config
end

# A tag no loaded plugin defines (`{% seo %}` in safe mode) renders nothing and reports itself as not run. The
# file comes from the template being parsed when the stand-in was made: parsed templates are cached across requests.
module StandInRecording
  def initialize(tag_name, markup, parse_context)
    super
    @pw_file = Thread.current[:pw_parsing_file]
  end

  def pw_record(context)
    unrun = context.registers[:pw_unrun]
    return unless unrun

    entry = { 'tag' => tag_name, 'line' => line_number }
    entry['file'] = @pw_file if @pw_file && @pw_file != context.registers[:pw_body_file]
    unrun << entry unless unrun.include?(entry)
  end
end

class StandInTag < Liquid::Tag
  include StandInRecording

  def render(context)
    pw_record(context)
    ''
  end
end

# For a tag the site used as a block (`{% foo %}...{% endfoo %}`): its body does not render either.
class StandInBlock < Liquid::Block
  include StandInRecording

  def render_to_output_buffer(context, output)
    pw_record(context)
    output
  end
end

# Which file a template comes from while Jekyll parses it (for the stand-ins above).
module ParsingFileNote
  def parse(content)
    outer = Thread.current[:pw_parsing_file]
    Thread.current[:pw_parsing_file] = @filename
    super
  ensure
    Thread.current[:pw_parsing_file] = outer
  end
end
Jekyll::LiquidRenderer::File.prepend(ParsingFileNote)

# Jekyll names the failing layout only in its log line; the error itself should carry it for `file`.
module LayoutErrorFile
  def render_liquid(content, payload, info, path = nil)
    super
  rescue Liquid::Error => e
    e.template_name ||= path
    raise
  end
end
Jekyll::Renderer.prepend(LayoutErrorFile)

# A data file's YAML error knows its line but not its file: Jekyll parses the text it read.
module DataFileErrorFile
  def read_data_file(path)
    super
  rescue Psych::SyntaxError => e
    raise Psych::SyntaxError.new(path, e.line, e.column, e.offset, e.problem, e.context)
  end
end
Jekyll::DataReader.prepend(DataFileErrorFile)

# The loaded site and the requests on it.
class SiteEngine
  def initialize(site)
    @site = site
    @payload = site.site_payload
  end

  def answer(line)
    @failing_file = nil
    request = JSON.parse(line)
    raise ArgumentError, 'a request must be a JSON object' unless request.is_a?(Hash)

    reply = { 'id' => request['id'] }
    case request['op']
    when 'render' then reply.merge!('ok' => true).merge!(render(request))
    when 'frame' then reply.merge!('ok' => true).merge!(frame(request))
    when 'assets' then reply.merge!('ok' => true).merge!(assets)
    else raise ArgumentError, "unknown op #{request['op'].inspect}"
    end
    reply
  rescue JSON::ParserError => e
    { 'id' => nil, 'ok' => false, 'error' => { 'message' => "request is not JSON: #{e.message}" } }
  rescue StandardError, ScriptError, SystemStackError, SystemExit => e # a plugin calling `exit` fails the request
    warn "postwright-site-engine: #{e.class}: #{e.message}"
    { 'id' => request.is_a?(Hash) ? request['id'] : nil, 'ok' => false,
      'error' => error_object(e, ROOT, file: @failing_file) }
  end

  private

  # The request's body with Liquid run as Jekyll's Renderer#render_document does before the converter.
  def render(request)
    with_stand_ins(request) do |doc, renderer, info|
      next doc.content.to_s unless doc.render_with_liquid?

      renderer.render_liquid(doc.content, @payload, info, doc.path)
    end.then { |content, unrun| { 'content' => utf8(content), 'unrun' => unrun } }
  end

  # The layout chain (Renderer#place_in_layouts) around the marker, which stands for the converted content, so
  # `{{ content }}` and `page.content` print it.
  def frame(request)
    marker = request['marker'].to_s
    with_stand_ins(request) do |doc, renderer, info|
      layout_name = doc.data['layout']
      next '' if !doc.place_in_layout? || layout_name.nil? || !@site.layouts.key?(layout_name.to_s)

      doc.content = marker
      renderer.place_in_layouts(marker, @payload, info)
    end.then { |html, unrun| { 'html' => utf8(html), 'unrun' => unrun } }
  end

  # The site's stylesheet pages (Sass through the site's converter) written into DIR/_site. The pages are read
  # from disk again so an edited stylesheet needs no restart; Sass partials are read at compile time anyway.
  def assets
    files = []
    @site.pages.select { |p| %w(.scss .sass .css).include?(p.ext) && File.file?(p.instance_variable_get(:@path)) }
         .each do |known|
      before = @site.pages.dup
      page = Jekyll::Page.new(@site, known.instance_variable_get(:@base), known.instance_variable_get(:@dir),
                              known.name)
      @failing_file = known.relative_path
      page.renderer.payload = @payload
      page.output = page.renderer.run
      # The Sass converter appends its source map page to site.pages on every conversion.
      ([page] + (@site.pages - before)).each do |written|
        written.write(@site.dest)
        files << written.destination(@site.dest).delete_prefix("#{@site.dest}/")
      end
      @site.pages.replace(before)
    end
    @failing_file = nil
    { 'dir' => @site.dest, 'files' => files.uniq }
  end

  # Builds the request's document and yields it with a prepared renderer; a tag Liquid does not know becomes a
  # stand-in and the whole request is retried with a fresh document, so the rest of the text still renders.
  def with_stand_ins(request)
    attempts = 0
    begin
      doc = build_document(request)
      @failing_file = doc.relative_path
      renderer = prepare(doc)
      info = liquid_info(doc)
      output = yield(doc, renderer, info)
      @failing_file = nil
      [output, info[:registers][:pw_unrun]]
    rescue Liquid::SyntaxError => e
      tag = e.message[/Unknown tag '([^']+)'/, 1] || e.message[/'(end[^']+)' is not a valid delimiter/, 1]
      raise unless tag && (attempts += 1) <= MAX_STAND_INS_PER_REQUEST && stand_in(tag)

      retry
    end
  end

  # Registers a stand-in for an unknown tag; false when nothing would change (a real tag failing, a loop).
  def stand_in(tag)
    opener = tag.start_with?('end') ? tag.delete_prefix('end') : nil
    if opener && Liquid::Template.tags[opener] == StandInTag
      Liquid::Template.register_tag(opener, StandInBlock)
    elsif Liquid::Template.tags[tag].nil? && (opener.nil? || Liquid::Template.tags[opener].nil?)
      Liquid::Template.register_tag(tag, StandInTag)
    else
      return false
    end
    # A template that failed to parse is not cached, but one parsed with the tag as a plain tag may be.
    @site.liquid_renderer.cache.clear if opener
    warn "postwright-site-engine: unknown tag '#{tag}' renders nothing"
    true
  end

  # What Renderer#run sets up before render_document: page, current document, highlighter, layout, hooks.
  def prepare(doc)
    renderer = Jekyll::Renderer.new(@site, doc, @payload)
    @payload['content'] = nil # a previous request's content must not leak into this one
    %i(assign_pages! assign_current_document! assign_highlighter_options! assign_layout_data!).each do |step|
      renderer.send(step)
    end
    doc.trigger_hooks(:pre_render, @payload)
    # The body's parsed template is cached by file name; this request's text replaces the last one.
    @site.liquid_renderer.cache.delete(@site.liquid_renderer.send(:normalize_path, doc.path))
    renderer
  end

  def liquid_info(doc)
    liquid = @site.config['liquid']
    { :registers => { :site => @site, :page => @payload['page'], :pw_unrun => [],
                      :pw_body_file => @site.liquid_renderer.send(:normalize_path, doc.path) },
      :strict_filters => liquid['strict_filters'], :strict_variables => liquid['strict_variables'] }
  end

  # The document as Jekyll would read it from a file at `path` holding the request's text, without reading the
  # disk (the file may not exist yet, or differ from the editor's text).
  def build_document(request)
    relative = request['path'].to_s
    absolute = File.expand_path(relative, ROOT)
    raise ArgumentError, "path #{relative.inspect} is not inside the site" unless absolute.start_with?("#{ROOT}/")

    text = source_text(request['front_matter'], request['body'].to_s)
    collection = collection_for(absolute)
    collection ? read_document(absolute, collection, text) : read_page(absolute, text)
  end

  def source_text(front_matter, body)
    return body if front_matter.nil?

    front_matter = front_matter.to_s
    front_matter += "\n" unless front_matter.empty? || front_matter.end_with?("\n")
    "---\n#{front_matter}---\n#{body}"
  end

  # Drafts belong to the posts collection, as Jekyll's reader has it.
  def collection_for(absolute)
    base = @site.collections_path
    return @site.posts if absolute.start_with?(File.join(base, '_drafts') + '/')

    @site.collections.values.find { |c| absolute.start_with?(File.join(base, c.relative_directory) + '/') }
  end

  # Document#read with the file's text replaced: defaults, front matter, then date/slug/title/categories/tags.
  def read_document(absolute, collection, text)
    doc = Jekyll::Document.new(absolute, site: @site, collection: collection)
    doc.define_singleton_method(:read_content) do |**_opts|
      self.content = text
      if content =~ Jekyll::Document::YAML_FRONT_MATTER_REGEXP
        self.content = Regexp.last_match.post_match
        data_file = Jekyll::Utils.safe_load_yaml(Regexp.last_match(1))
        merge_data!(data_file, source: 'YAML front matter') if data_file
      end
    end
    # An unsaved draft has no modification time to date it by; Jekyll would use the file's.
    doc.define_singleton_method(:source_file_mtime) { File.exist?(path) ? File.mtime(path) : site.time }
    doc.read
    doc
  end

  # Page.new reads its file in #read_yaml; a page made without #initialize's read gets the text instead.
  def read_page(absolute, text)
    page = Jekyll::Page.allocate
    page.define_singleton_method(:read_yaml) do |_base, _name, _opts = {}|
      self.content = text
      if content =~ Jekyll::Document::YAML_FRONT_MATTER_REGEXP
        self.content = Regexp.last_match.post_match
        self.data = Jekyll::Utils.safe_load_yaml(Regexp.last_match(1))
      end
      self.data ||= {}
      validate_data!(absolute)
      validate_permalink!(absolute)
      data
    end
    relative_dir = File.dirname(absolute.delete_prefix("#{ROOT}/"))
    page.send(:initialize, @site, @site.source, relative_dir == '.' ? '' : relative_dir, File.basename(absolute))
    page
  end

  def utf8(text)
    text.to_s.dup.force_encoding('UTF-8').scrub
  end
end

begin
  notes = []
  started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  begin
    config = engine_configuration(options, notes)
  rescue Psych::SyntaxError => e
    # YAML parsed from a string knows its line but not its file.
    config_file = %w(_config.yml _config.yaml).map { |name| File.join(ROOT, name) }.find { |f| File.file?(f) }
    fail_launch(e, ROOT, file: config_file)
  end
  site = Jekyll::Site.new(config)
  site.read
  site.generate
  # Jekyll requires Rouge at the first `{% highlight %}`, some 200 ms; paid here, not while the writer types.
  require 'rouge' if site.config['highlighter'] == 'rouge'
  engine = SiteEngine.new(site)
  warn format('postwright-site-engine: site read in %.0f ms',
              (Process.clock_gettime(Process::CLOCK_MONOTONIC) - started) * 1000)
rescue StandardError, ScriptError, SystemStackError => e
  fail_launch(e, ROOT)
end
emit('event' => 'ready', 'jekyll' => Jekyll::VERSION, 'safe' => site.safe ? true : false, 'notes' => notes)

# One request per line, answered in order; end of input ends the engine normally.
$stdin.each_line do |line|
  next if line.strip.empty?

  started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  reply = engine.answer(line)
  emit(reply)
  warn format('postwright-site-engine: request %s answered in %.1f ms', reply['id'].inspect,
              (Process.clock_gettime(Process::CLOCK_MONOTONIC) - started) * 1000)
end
exit 0
