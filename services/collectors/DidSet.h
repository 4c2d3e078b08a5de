#pragma once

#include <QString>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace ge::collectors {

// A set of DIDs (UTF-8) probed with a std::string_view straight from the parser, on the hot path
// of every Jetstream event (2–6 probes per event, ~95 % of them misses).
//
// Open addressing with linear probing over a flat table of 64-bit slots (32-bit hash tag | index
// of the key + 1; 0 = empty), keys stored densely in a vector. A miss usually costs one hash of
// the 32-byte DID (8 bytes at a time) and one slot load, without touching a key; a hit compares
// one key. Load factor ≤ 1/2. Erase is swap-with-last for the keys and backward-shift deletion in
// the table (no tombstones), so a set that churns does not degrade.
class DidSet
{
public:
    using const_iterator = std::vector<std::string>::const_iterator;

    bool contains(std::string_view did) const { return findSlot(did, hashOf(did)) != kNotFound; }

    bool insert(std::string_view did)
    {
        const std::uint64_t h = hashOf(did);
        if (findSlot(did, h) != kNotFound)
            return false;
        if ((m_keys.size() + 1) * 2 > m_slots.size())
            rehash(m_slots.empty() ? 16 : m_slots.size() * 2);
        m_keys.emplace_back(did);
        place(h, std::uint32_t(m_keys.size()));
        return true;
    }
    bool insert(const QString &did) { return insert(std::string_view(did.toStdString())); }

    bool remove(std::string_view did)
    {
        const std::uint64_t h = hashOf(did);
        const std::size_t slot = findSlot(did, h);
        if (slot == kNotFound)
            return false;
        const std::uint32_t index = indexOf(m_slots[slot]) - 1;
        eraseSlot(slot);
        const std::uint32_t last = std::uint32_t(m_keys.size() - 1);
        if (index != last) {
            // The last key moves into the freed position: repoint its slot.
            const std::size_t moved = findSlot(m_keys[last], hashOf(m_keys[last]));
            m_slots[moved] = pack(tagOf(m_slots[moved]), index + 1);
            m_keys[index] = std::move(m_keys[last]);
        }
        m_keys.pop_back();
        return true;
    }

    std::size_t size() const { return m_keys.size(); }
    bool empty() const { return m_keys.empty(); }
    void clear()
    {
        m_keys.clear();
        m_slots.clear();
    }
    const_iterator begin() const { return m_keys.begin(); }
    const_iterator end() const { return m_keys.end(); }

    // 64-bit hash of a byte string, 8 bytes per step (DIDs are ~32 bytes: four steps).
    static std::uint64_t hashOf(std::string_view s) noexcept
    {
        std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ (std::uint64_t(s.size()) * 0xFF51AFD7ED558CCDULL);
        const char *p = s.data();
        std::size_t n = s.size();
        while (n >= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            h = mix(h ^ w);
            p += 8;
            n -= 8;
        }
        if (n > 0) {
            std::uint64_t w = 0;
            std::memcpy(&w, p, n);
            h = mix(h ^ w ^ (std::uint64_t(n) << 59));
        }
        return finalize(h);
    }

private:
    static constexpr std::size_t kNotFound = ~std::size_t(0);

    static std::uint64_t mix(std::uint64_t x) noexcept
    {
        x *= 0xBF58476D1CE4E5B9ULL;
        return x ^ (x >> 31);
    }
    static std::uint64_t finalize(std::uint64_t x) noexcept
    {
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53ULL;
        return x ^ (x >> 29);
    }
    static std::uint64_t pack(std::uint32_t tag, std::uint32_t indexPlusOne) noexcept
    {
        return (std::uint64_t(tag) << 32) | indexPlusOne;
    }
    static std::uint32_t tagOf(std::uint64_t slot) noexcept { return std::uint32_t(slot >> 32); }
    static std::uint32_t indexOf(std::uint64_t slot) noexcept { return std::uint32_t(slot); }

    std::size_t findSlot(std::string_view did, std::uint64_t h) const
    {
        if (m_slots.empty())
            return kNotFound;
        const std::size_t mask = m_slots.size() - 1;
        const std::uint32_t tag = std::uint32_t(h >> 32);
        for (std::size_t i = std::size_t(h) & mask;; i = (i + 1) & mask) {
            const std::uint64_t slot = m_slots[i];
            if (slot == 0)
                return kNotFound;
            if (tagOf(slot) == tag && m_keys[indexOf(slot) - 1] == did)
                return i;
        }
    }

    void place(std::uint64_t h, std::uint32_t indexPlusOne)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = std::size_t(h) & mask;
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = pack(std::uint32_t(h >> 32), indexPlusOne);
    }

    void rehash(std::size_t capacity)
    {
        m_slots.assign(capacity, 0);
        for (std::size_t k = 0; k < m_keys.size(); ++k)
            place(hashOf(m_keys[k]), std::uint32_t(k + 1));
    }

    // Backward-shift deletion: pulls later members of the probe run into the hole so that every
    // key stays reachable from its home slot without tombstones.
    void eraseSlot(std::size_t hole)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = hole;
        for (;;) {
            i = (i + 1) & mask;
            const std::uint64_t slot = m_slots[i];
            if (slot == 0)
                break;
            const std::size_t home = std::size_t(hashOf(m_keys[indexOf(slot) - 1])) & mask;
            // Move the entry when its home is not cyclically within (hole, i].
            const bool homeInRange = hole <= i ? (home > hole && home <= i) : (home > hole || home <= i);
            if (!homeInRange) {
                m_slots[hole] = slot;
                hole = i;
            }
        }
        m_slots[hole] = 0;
    }

    std::vector<std::string> m_keys;
    std::vector<std::uint64_t> m_slots; // power of two, or empty
};

} // namespace ge::collectors
