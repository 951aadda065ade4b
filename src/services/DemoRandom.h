#pragma once

#include <QtGlobal>
#include <initializer_list>
#include <iterator>

namespace permanence::services::demo {

/// xoshiro256** seeded through splitmix64. The demo must be the same on every compiler and
/// standard library, and the <random> distributions are implementation-defined, so every draw
/// the generator makes goes through these few integer formulas.
class Random
{
public:
    explicit Random(quint64 seed)
    {
        quint64 x = seed;
        for (auto& word : m_s)
            word = splitmix64(x);
    }

    /// A generator for one independent part of the demo (names, households…), so adding draws
    /// to one part does not shift every other part.
    [[nodiscard]] static Random stream(quint64 seed, quint64 part)
    {
        quint64 x = seed ^ (part * 0xD1B54A32D192ED03ULL);
        return Random(splitmix64(x));
    }

    [[nodiscard]] quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /// Uniform in [lo, hi], both included. The modulo bias is below 1e-15 for the small ranges
    /// used here, and modulo keeps the formula obvious.
    [[nodiscard]] int between(int lo, int hi)
    {
        Q_ASSERT(lo <= hi);
        const auto span = static_cast<quint64>(static_cast<qint64>(hi) - lo + 1);
        return static_cast<int>(lo + static_cast<qint64>(next() % span));
    }

    /// Sum of two uniform draws halved: a triangular spread that favours the middle of the
    /// range, closer to how durations in care proceedings bunch than a flat one.
    [[nodiscard]] int around(int lo, int hi) { return (between(lo, hi) + between(lo, hi)) / 2; }

    /// Uniform in [0, 1).
    [[nodiscard]] double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    [[nodiscard]] bool chance(double p) { return unit() < p; }

    /// Index into a list of weights (need not sum to 1).
    template <typename Weights> [[nodiscard]] int weighted(const Weights& weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = unit() * total;
        int i = 0;
        for (double w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }
    [[nodiscard]] int weighted(std::initializer_list<double> weights)
    {
        return weighted<std::initializer_list<double>>(weights);
    }

    template <typename List> [[nodiscard]] const auto& pick(const List& list)
    {
        return list[between(0, static_cast<int>(std::size(list)) - 1)];
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitmix64(quint64& x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    quint64 m_s[4] = {};
};

} // namespace permanence::services::demo
