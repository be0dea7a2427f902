#pragma once

#include "common/backupuri.h"

#include <QLineEdit>

namespace obrestore {

// A field that holds a secret (a password, a secret key): echoed as dots, and its value registered for masking by
// value (rememberSecret) once the user has finished typing it (Return or focus leaving), never per keystroke, so a
// half-typed prefix such as "backup" never starts masking ordinary paths.
inline void makeSecretField(QLineEdit *edit)
{
    edit->setEchoMode(QLineEdit::Password);
    QObject::connect(edit, &QLineEdit::editingFinished, edit, [edit] { rememberSecret(edit->text()); });
}

} // namespace obrestore
