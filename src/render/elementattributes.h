#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QPair>
#include <QVector>

// The HTML attributes kramdown gives an element from inline attribute lists (`{: .class #id key="value"}`)
// and attribute list definitions (`{:name: ...}`, used as `{: name}`), in the order kramdown prints them:
// the order they were first set in. Plain data (UTF-8 names and values, unescaped).
class ElementAttributes {
public:
    // kramdown's reading of an attribute list's content (what is between `{:` and `}`): `.class` (classes
    // add up), `#id`, `key="value"` or `key='value'`, and bare names, which refer to attribute list
    // definitions (refs()). Anything else is ignored, as kramdown ignores it.
    static ElementAttributes parse(const QByteArray &listContent);

    bool isEmpty() const { return m_items.isEmpty() && m_refs.isEmpty(); }
    bool contains(const QByteArray &name) const;
    QByteArray value(const QByteArray &name) const;
    // Sets a value in place, or appends the attribute when it is new.
    void set(const QByteArray &name, const QByteArray &value);
    // Adds classes after the ones there (kramdown's "#{old} #{new}".lstrip).
    void addClasses(const QByteArray &classes);
    // kramdown's update_attr_with_ial: the definitions `other` refers to (looked up in `definitions`, by
    // name), then its own attributes, classes adding up and the rest replacing. Its refs are kept (a `{:toc}`
    // list is known by its ref).
    void merge(const ElementAttributes &other,
               const QVector<QPair<QByteArray, ElementAttributes>> &definitions = {});
    void remove(const QByteArray &name);

    const QVector<QPair<QByteArray, QByteArray>> &items() const { return m_items; }
    const QByteArrayList &refs() const { return m_refs; }
    // ` name="value"` for each attribute, escaped as kramdown escapes attribute values; an empty or blank id
    // is left out, as kramdown leaves it out.
    QByteArray html() const;

    static QByteArray escaped(const QByteArray &value);

    friend bool operator==(const ElementAttributes &a, const ElementAttributes &b) {
        return a.m_items == b.m_items && a.m_refs == b.m_refs;
    }

private:
    QVector<QPair<QByteArray, QByteArray>> m_items;
    QByteArrayList m_refs;
};
