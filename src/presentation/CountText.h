#pragma once

#include <QString>

namespace permanence::presentation {

/// "1 child", "642 children", with the number in the user's locale ("1,642 children").
[[nodiscard]] QString childCountText(int count);
/// "1 household", "410 households".
[[nodiscard]] QString householdCountText(int count);
/// `one` when count is 1, otherwise `many` with %1 replaced by the count in the user's locale:
/// countText(n, "1 row", "%1 rows"). Both are translated in the "CountText" context.
[[nodiscard]] QString countText(int count, const char* one, const char* many);
/// "1 day", "508 days".
[[nodiscard]] QString dayCountText(int count);

} // namespace permanence::presentation
