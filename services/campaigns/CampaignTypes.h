#pragma once

#include "core/Result.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Value types of follow-back campaigns: what a plan holds, what the database rows hold and what
// the worker reports. Plain values: they cross threads and queued signals freely.
namespace ge::campaigns {

// The two kinds the schema allows (campaigns.kind).
enum class CampaignKind { FollowBack, Undo };
QString toString(CampaignKind kind);
std::optional<CampaignKind> campaignKindFromString(const QString &text);

// campaigns.state. Running campaigns resume after a restart; paused ones stay paused.
enum class CampaignState { Running, Paused, Cancelled, Completed, Failed };
QString toString(CampaignState state);
std::optional<CampaignState> campaignStateFromString(const QString &text);
bool isFinished(CampaignState state);

// campaign_items.state. A follow-back item goes pending -> following (in flight, committed to the
// database BEFORE the createRecord call) -> followed | failed | pending again (429) ; an undo item
// goes pending -> unfollowing -> unfollowed | skipped-already-gone. Dry runs record would-follow.
enum class ItemState {
    Pending,
    Following,
    Followed,
    SkippedAlreadyFollowing,
    Failed,
    Cancelled,
    Unfollowing,
    Unfollowed,
    SkippedAlreadyGone,
    WouldFollow,
};
QString toString(ItemState state);
std::optional<ItemState> itemStateFromString(const QString &text);
QList<ItemState> allItemStates();
bool isInFlight(ItemState state);
bool isTerminal(ItemState state);

// Filters of a plan. Unset optionals do not filter.
struct CampaignFilters
{
    std::optional<qint64> minFollowers;
    std::optional<qint64> maxFollowers;
    bool requireAvatar = false;
    std::optional<int> activeWithinDays;   // has posted in the last N days
    std::optional<int> minAccountAgeDays;  // account created at least N days ago
    std::optional<double> maxFollowRatio;  // follows / followers above this looks like a bot
    QStringList exclude;                   // handles or DIDs
    QStringList excludeLabels;             // label values; "*" = any label at all
    QStringList onlyDids;                  // non-empty: only these accounts (a selection handed over)

    bool isEmpty() const;
    QByteArray toJson() const;
    static Result<CampaignFilters> fromJson(const QByteArray &json);
};

// A candidate profile as the planner sees it (from fresh AppView data).
struct TargetProfile
{
    QString did;
    QString handle;
    QString displayName;
    QString avatarUrl;
    qint64 followersCount = -1;
    qint64 followsCount = -1;
    qint64 postsCount = -1;
    qint64 createdAtUs = 0;      // 0 when unknown
    qint64 lastPostAtUs = -1;    // -1 when not looked up, 0 when the account never posted
    QStringList labels;
};

// How many candidates one step of planning removed. Steps run in a fixed order and a candidate is
// counted by the first step that removes it, so the counts add up to followers - candidates.
struct FilterCount
{
    QString id;     // stable id, e.g. "already-following", "min-followers"
    QString label;  // translated text for the UI
    int removed = 0;
};

// Estimated schedule of a plan under the current budget and pacing.
struct PlanEstimate
{
    int writes = 0;
    int pointsPerWrite = 0;
    qint64 points = 0;
    qint64 startUs = 0;
    qint64 finishUs = 0;
    qint64 durationMs() const { return (finishUs - startUs) / 1000; }
};

struct CampaignPlan
{
    QString accountDid;
    QString accountHandle;
    CampaignFilters filters;
    int followers = 0;      // all pages of the account's followers
    int follows = 0;        // all of its follow records
    QList<FilterCount> removed;
    QList<TargetProfile> targets;
    PlanEstimate estimate;
    qint64 plannedAtUs = 0;

    int removedBy(const QString &id) const;
    QByteArray toJson() const; // for `campaign plan --json`
};

struct CampaignRow
{
    qint64 id = 0;
    QString accountDid;
    CampaignKind kind = CampaignKind::FollowBack;
    CampaignState state = CampaignState::Running;
    bool dryRun = false;
    QByteArray filtersJson;
    int maxPerHour = 0; // 0 = only the points budget limits the pace
    qint64 parentId = 0;
    qint64 createdAtUs = 0;
    qint64 startedAtUs = 0;
    qint64 finishedAtUs = 0;
    QString stateReason;
};

struct CampaignItem
{
    qint64 campaignId = 0;
    QString targetDid;
    QString handle; // display only; may be empty
    ItemState state = ItemState::Pending;
    QString followUri; // the created follow record (follow-back) or the record to delete (undo)
    QString error;
    int attempts = 0;
    qint64 updatedAtUs = 0;
};

// Live figures for the GUI and `campaign status`.
struct CampaignProgress
{
    CampaignRow campaign;
    QList<QPair<ItemState, int>> counts; // every state, in allItemStates() order
    int total = 0;
    int done = 0;            // items in a terminal state
    qint64 nextWriteUs = 0;  // next allowed write time (0 = now / not running)
    double pacePerHour = 0;  // writes over the last hour
    qint64 etaUs = 0;        // estimated finish (0 when unknown or finished)
    QString waitReason;      // why the runner waits (budget, server limit, retry-after), empty otherwise

    int count(ItemState state) const;
    QByteArray toJson() const;
};

// Points a write costs on the PDS (GUIDE §3).
inline constexpr int kCreatePoints = 3;
inline constexpr int kDeletePoints = 1;
inline constexpr QLatin1StringView kFollowCollection{"app.bsky.graph.follow"};

// rkey of an at:// URI (last path segment); empty when it is not an at:// URI.
QString rkeyOfUri(const QString &uri);

} // namespace ge::campaigns

Q_DECLARE_METATYPE(ge::campaigns::CampaignPlan)
Q_DECLARE_METATYPE(ge::campaigns::CampaignProgress)
