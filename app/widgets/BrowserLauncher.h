// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>
#include <functional>

class QObject;

namespace oauthdesk {

/// Opens @p url in the system browser and says so when that fails. QDesktopServices starts
/// xdg-open detached and reports success even when xdg-open then finds no browser (no desktop,
/// none installed), so where xdg-open exists it is run here and its exit watched: a non-zero
/// exit calls @p failed with xdg-open's words. @p failed is not called after @p context is gone.
/// Returns false when nothing could be started at all.
bool openInBrowser(
    const QUrl &url, QObject *context, std::function<void(const QString &why)> failed);

/// How a sign-in opens the browser (TokenTests::Options::openBrowser): @p replacement when one
/// is set (tests pass a headless browser), else openInBrowser() for @p context.
std::function<bool(const QUrl &url, std::function<void(const QString &why)> failed)> signInBrowser(
    QObject *context, std::function<bool(const QUrl &)> replacement);

} // namespace oauthdesk
