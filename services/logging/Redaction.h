#pragma once

#include <QString>

namespace ge {

// Removes secrets before anything is written anywhere: JWTs (eyJ…), app passwords
// (xxxx-xxxx-xxxx-xxxx), Authorization headers, and password / token fields in JSON or
// key=value text. Applied to every log message and every structured field.
QString redactSecrets(const QString &text);

} // namespace ge
