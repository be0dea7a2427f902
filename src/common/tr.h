#pragma once

#include <QCoreApplication>

namespace obrestore {

// One translation context for the non-QObject core code (Qt Creator's Utils::Tr pattern).
// Strings show up in translations/*.ts under the context "obrestore".
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(obrestore)
};

} // namespace obrestore
