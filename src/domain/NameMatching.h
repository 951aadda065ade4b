#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace permanence::domain {

/// How names are compared when someone searches: spelling varies (Mohammed, Muhammad; Katie,
/// Katy; Siobhan typed as Shivaun), so a search must find what sounds or looks alike, not
/// only what is spelt the same. These rules are pure so the index, the duplicate check and
/// their tests share them.

/// Lower case, accents dropped (Zoë → zoe), and only letters and digits kept: "O'Brien" and
/// "OBrien" fold alike, "CBRAM-00247" folds to "cbram00247".
[[nodiscard]] QString foldForSearch(QStringView text);

/// The words of `text`, each folded, in order; empty words dropped. Hyphens, apostrophes and
/// spaces separate words except inside a reference-like token (letters followed by digits),
/// which stays whole so "CBRAM-00247" is one word.
[[nodiscard]] QStringList searchWords(QStringView text);

/// A sound-alike key for a folded word: the first letter (by its sound), then each run of vowels
/// as one '.', h and w silent, consonants that sound alike sharing a code (c/k/q, s/z/x, d/t,
/// b/p, f/v/ph, g/j) and written once however often repeated, trailing vowels dropped:
/// "mohammed" and "muhammad" → "m.m.t"; "katie" and "katy" → "k.t".
[[nodiscard]] QString soundKey(QStringView folded);

/// Optimal string alignment distance (insertions, deletions, substitutions and swaps of two
/// neighbours each cost 1), or `limit + 1` as soon as the distance is known to exceed `limit`.
[[nodiscard]] int editDistance(QStringView a, QStringView b, int limit);

} // namespace permanence::domain
