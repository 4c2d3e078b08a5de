#pragma once

#include <QString>

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace ge::collectors {

// A set of DIDs (UTF-8) that can be probed with a std::string_view straight from the parser,
// without building a QString per event (heterogeneous lookup).
struct DidHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    std::size_t operator()(const std::string &s) const noexcept { return std::hash<std::string_view>{}(s); }
};

class DidSet
{
public:
    bool contains(std::string_view did) const { return m_set.find(did) != m_set.end(); }
    bool insert(std::string_view did) { return m_set.emplace(did).second; }
    bool insert(const QString &did) { return insert(std::string_view(did.toStdString())); }
    bool remove(std::string_view did)
    {
        auto it = m_set.find(did);
        if (it == m_set.end())
            return false;
        m_set.erase(it);
        return true;
    }
    std::size_t size() const { return m_set.size(); }
    bool empty() const { return m_set.empty(); }
    void clear() { m_set.clear(); }
    auto begin() const { return m_set.begin(); }
    auto end() const { return m_set.end(); }

private:
    std::unordered_set<std::string, DidHash, std::equal_to<>> m_set;
};

} // namespace ge::collectors
