// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics every benchmark reports: one definition, so figures compare across them.
#pragma once

#include <QList>
#include <algorithm>

namespace oauthdesk::bench {

/// The @p p quantile (0 = min, 1 = max) of @p v, nearest rank; 0 for no samples.
inline double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return 0;
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5))];
}

/// The median of @p v (the mean of the middle two for an even count); 0 for no samples.
inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty()
        ? 0
        : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

} // namespace oauthdesk::bench
