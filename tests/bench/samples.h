#pragma once

#include <QVector>

#include <algorithm>
#include <cmath>

// A set of timings in milliseconds and their nearest-rank percentiles (no interpolation: every figure
// reported is one that was measured).
class Samples {
public:
    void add(double milliseconds) { m_values.append(milliseconds); }
    int count() const { return int(m_values.size()); }
    bool isEmpty() const { return m_values.isEmpty(); }

    // The smallest sample at or above `percent` of the others; 0 when empty.
    double percentile(double percent) const {
        if (m_values.isEmpty())
            return 0;
        QVector<double> sorted = m_values;
        std::sort(sorted.begin(), sorted.end());
        const int rank = int(std::ceil(percent / 100.0 * sorted.size()));
        return sorted[std::clamp(rank - 1, 0, int(sorted.size()) - 1)];
    }
    double p50() const { return percentile(50); }
    double p95() const { return percentile(95); }
    double max() const {
        return m_values.isEmpty() ? 0 : *std::max_element(m_values.begin(), m_values.end());
    }

private:
    QVector<double> m_values;
};
