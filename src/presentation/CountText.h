#pragma once

#include <QString>

namespace permanence::presentation {

/// "1 child", "642 children", with the number in the user's locale ("1,642 children").
[[nodiscard]] QString childCountText(int count);
/// "1 household", "410 households".
[[nodiscard]] QString householdCountText(int count);

} // namespace permanence::presentation
