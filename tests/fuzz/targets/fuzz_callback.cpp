// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in callback (lib/oauth/LoopbackListener.h parseCallbackQuery,
// lib/oauth/AuthorizationRequest.h checkCallback, explainAuthorizationError) and the page the
// browser is shown for it (LoopbackListener::renderPage). Input: the redirect's query string.
#include "FuzzSupport.h"
#include "SeedMaterial.h"
#include "oauth/AuthorizationRequest.h"
#include "oauth/LoopbackListener.h"

using namespace oauthdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray query = fuzz::bytesOf(data, size);
    const auto callback = parseCallbackQuery(query);
    if (!callback) {
        FUZZ_CHECK(!callback.error().message.isEmpty());
        const QByteArray page = LoopbackListener::renderPage(
            { false, QStringLiteral("Not a sign-in answer"), callback.error().message, 400 });
        FUZZ_CHECK(!page.contains("<script"));
        return 0;
    }
    for (const bool issRequired : { false, true }) {
        const CallbackExpectation expected { QByteArrayLiteral("af0ifjsldkj"),
            QString::fromLatin1(fuzz::kIssuer), issRequired };
        const auto code = checkCallback(*callback, expected);
        if (code) {
            // A code is only ever accepted with the state that was sent.
            FUZZ_CHECK(callback->hasState && callback->state == QLatin1String("af0ifjsldkj"));
            FUZZ_CHECK(*code && !callback->isError());
            // RFC 9207: an iss that came back is the issuer's; when the AS promises one, it is
            // there.
            if (callback->hasIss || issRequired)
                FUZZ_CHECK(callback->hasIss && callback->iss == expected.issuer);
        } else {
            FUZZ_CHECK(!code.error().message.isEmpty());
        }
    }
    if (callback->isError())
        (void)explainAuthorizationError(callback->error);
    // The page shows what came back, escaped: no markup of the AS's (or an attacker's) survives.
    const QByteArray page = LoopbackListener::renderPage({ !callback->isError(), callback->error,
        callback->errorDescription + callback->state, 200 });
    FUZZ_CHECK(!page.contains("<script"));
    return 0;
}
