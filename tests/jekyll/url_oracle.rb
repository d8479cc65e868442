# frozen_string_literal: true

# The oracle for tst_jekyllpermalink: loads one site with the real Jekyll and prints, as JSON, every post, draft,
# collection document and page with Jekyll's URL and the inputs that URL was computed from, so the C++ test can
# feed the same inputs to JekyllPermalink and compare.
#
# Usage: ruby url_oracle.rb SITE_DIR DEST_DIR
# One site per process: Jekyll caches parsed dates per process (Utils.parse_date) and sets ENV["TZ"] per site.
require "jekyll"
require "json"

# Or: ruby url_oracle.rb --strings FILE, FILE a JSON array of strings: prints, for each, what URL.escape_path
# and Utils.slugify (every mode but latin) make of it, so the helpers can be compared on many values at once.
if ARGV[0] == "--strings"
  Jekyll.logger.log_level = :error
  strings = JSON.parse(File.read(ARGV[1]))
  results = strings.map do |s|
    escaped = begin
      Jekyll::URL.escape_path(s)
    rescue StandardError
      nil
    end
    slugs = %w(raw default pretty ascii).to_h { |mode| [mode, Jekyll::Utils.slugify(s, :mode => mode)] }
    { "value" => s, "escaped" => escaped, "slugify" => slugs,
      "pretty_cased" => Jekyll::Utils.slugify(s, :mode => "pretty", :cased => true) }
  end
  puts JSON.generate(results)
  exit
end

source, destination = ARGV
config = Jekyll.configuration("source" => source, "destination" => destination, "quiet" => true,
                              "safe" => true, "disable_disk_cache" => true)
site = Jekyll::Site.new(config)
site.read

def url_or_error(item)
  [item.url, nil]
rescue StandardError => e
  [nil, "#{e.class}: #{e.message}"]
end

def document_entry(doc)
  url, error = url_or_error(doc)
  kind = if doc.collection.label != "posts"
           "document"
         else
           doc.draft? ? "draft" : "post"
         end
  { "kind" => kind, "collection" => doc.collection.label, "relative_path" => doc.relative_path,
    "url" => url, "error" => error, "date" => doc.date.iso8601(3), "categories" => doc.data["categories"],
    "slug" => doc.data["slug"], "basename_without_ext" => doc.basename_without_ext, "extname" => doc.extname,
    "permalink" => doc.permalink || nil, "output_ext" => doc.output_ext }
end

def page_entry(page)
  url, error = url_or_error(page)
  { "kind" => "page", "relative_path" => page.relative_path, "url" => url, "error" => error,
    "dir" => page.instance_variable_get(:@dir), "basename" => page.basename, "extname" => page.ext,
    "permalink" => page.permalink || nil, "output_ext" => page.output_ext }
end

entries = site.collections.values.flat_map { |c| c.docs.map { |d| document_entry(d) } }
entries += site.pages.map { |p| page_entry(p) }
puts JSON.generate({ "timezone" => ENV["TZ"], "permalink" => site.config["permalink"], "items" => entries })
