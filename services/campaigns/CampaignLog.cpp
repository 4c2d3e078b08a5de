#include "campaigns/CampaignLog.h"

Q_LOGGING_CATEGORY(lcCampaigns, "ge.campaigns")
