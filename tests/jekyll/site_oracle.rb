# The oracle for Postwright's site reader: loads a site with the real Jekyll API (read only, nothing is
# rendered or written) and prints, as JSON, every document Jekyll reads with the values Jekyll holds.
#
#   ruby site_oracle.rb SITE [DESTINATION]
#
# To see the documents Jekyll's own configuration would drop (future, `published: false`, drafts), the site
# is read with `future`, `unpublished` and `show_drafts` forced on: these settings only filter what the
# readers keep, they change no value. Whether Jekyll keeps each document under the site's own settings is
# then asked of Jekyll's own Publisher, given a stand-in site that carries the original settings and the
# same site.time ("jekyll_publishes"). site.tags / site.categories are counted over the posts so kept.
require 'jekyll'
require 'json'
require 'tmpdir'
require 'fileutils'

source = File.expand_path(ARGV[0])
destination = ARGV[1]
unless destination
  destination = Dir.mktmpdir('postwright-oracle')
  at_exit { FileUtils.remove_entry(destination) }
end
forced = { 'future' => true, 'unpublished' => true, 'show_drafts' => true }
base = { 'source' => source, 'destination' => destination, 'quiet' => true, 'safe' => true,
         'disable_disk_cache' => true }
original = Jekyll.configuration(base)
config = Jekyll.configuration(base.merge(forced))
site = Jekyll::Site.new(config)
site.read

OriginalSettings = Struct.new(:future, :unpublished, :time)
settings = OriginalSettings.new(original['future'], original['unpublished'], site.time)
publisher = Jekyll::Publisher.new(settings)
show_drafts = original['show_drafts']

def value_of(data, key)
  return 'absent' unless data.key?(key)
  v = data[key]
  v.nil? || v == true || v == false ? v : v.to_s
end

# A URL Jekyll cannot build (an unknown placeholder stops its build) is reported as null.
def url_of(doc)
  doc.url
rescue StandardError
  nil
end

def strings(value)
  Array(value).flatten.compact.map(&:to_s)
end

docs = []
site.posts.docs.each do |d|
  publishes = !!(publisher.publish?(d) && (!d.path.include?("/_drafts/") || show_drafts) &&
              d.content.valid_encoding?)
  docs << { kind: d.path.include?('/_drafts/') ? 'draft' : 'post', doc: d, publishes: publishes }
end
site.collections.each do |label, collection|
  next if label == 'posts'
  collection.docs.each do |d|
    docs << { kind: 'document', doc: d, publishes: original['unpublished'] || d.published? }
  end
end
out = docs.map do |entry|
  d = entry[:doc]
  {
    kind: entry[:kind], collection: d.collection.label, path: d.path.delete_prefix("#{source}/"),
    url: url_of(d), date: d.date.iso8601, title: d.data['title']&.to_s, tags: strings(d.data['tags']),
    categories: strings(d.data['categories']), draft: d.draft?, published: value_of(d.data, 'published'),
    layout: d.data['layout']&.to_s, slug: d.data['slug']&.to_s, jekyll_publishes: entry[:publishes]
  }
end
site.pages.each do |p|
  out << { kind: 'page', path: p.path.delete_prefix("#{source}/"), url: url_of(p), title: p.data['title']&.to_s,
           layout: p.data['layout']&.to_s, published: value_of(p.data, 'published'),
           jekyll_publishes: publisher.publish?(p) }
end

counts = Hash.new { |h, k| h[k] = Hash.new(0) }
docs.each do |entry|
  next unless %w(post draft).include?(entry[:kind]) && entry[:publishes]
  { 'tags' => 'tags', 'categories' => 'categories' }.each do |key, attr|
    Array(entry[:doc].data[attr]).each { |t| counts[key][t.to_s] += 1 }
  end
end
puts JSON.generate({ site_time: site.time.iso8601, timezone: ENV['TZ'], documents: out,
                     tags: counts['tags'], categories: counts['categories'] })
