"""The proportions behind the demo data (DOMAIN.md): what residents send, through which channel,
and how the office answers. Weights, not probabilities: `pick` normalises them."""

from __future__ import annotations

import random

# Seo-gu receives most by text message; Paju's sessions add the suggestions raised on site.
CHANNEL_MIX = {"text": 70, "mobile_office": 12, "phone": 9, "qr": 6, "walk_in": 3}
# Seo-gu's 10,000 messages: civil complaints 63%, encouragement and thanks about 16%.
CATEGORY_MIX = {
    "civil_complaint": 63,
    "gratitude": 16,
    "policy_suggestion": 9,
    "safety": 6,
    "institutional_improvement": 6,
}
# Outcome mixes per kind of case; weighted by the category mix they average to Paju's
# 51% resolved, 20% in progress, 15% long-term review, 14% unfeasible (DOMAIN.md §3).
EVERYDAY_CATEGORIES = frozenset({"civil_complaint"})
OUTCOMES_EVERYDAY = {"resolved": 58, "in_progress": 19, "long_term_review": 11, "unfeasible": 12}
OUTCOMES_PROPOSALS = {"resolved": 30, "in_progress": 23, "long_term_review": 27, "unfeasible": 20}
# Topics that often belong to another agency: police for crossings, the board of education for schools.
REFERRALS = {"traffic_safety": ("파주경찰서", 0.3), "education": ("파주교육지원청", 0.25)}
REFERRAL_ELSEWHERE = 0.004
# Topics another department often answers for (the elderly, culture, the mayor's own office, budgets).
ALTERNATE_DEPARTMENTS = {
    "welfare": ("노인장애인과", 0.45),
    "sports_culture": ("문화예술과", 0.5),
    "small_business": ("기획예산과", 0.15),
    "transport": ("교통정책과", 0.2),
    "facilities": ("시민소통담당관", 0.1),
}
# Topic weights within each category (topics and their categories are reference data).
TOPIC_WEIGHTS = {
    "parks": 14, "sidewalks": 16, "parking": 16, "waste": 16, "streetlights": 12, "facilities": 8,
    "water": 8, "environment": 10, "road_repair": 40, "snow_debris": 35, "traffic_safety": 25,
    "welfare": 20, "transport": 30, "new_roads": 15, "education": 20, "sports_culture": 15,
    "small_business": 60, "farming": 40,
}  # fmt: skip
# Why cases go on the management list: budgets, feasibility, equity conflicts (DOMAIN.md §3).
REASONS = {
    "long_term_review": {
        "large_budget": 40,
        "insufficient_feasibility": 25,
        "equity_conflict": 25,
        "other": 10,
    },
    "unfeasible": {
        "no_legal_grounds": 25,
        "insufficient_feasibility": 25,
        "equity_conflict": 15,
        "large_budget": 15,
        "other_jurisdiction": 10,
        "other": 10,
    },
}
REPLY_METHOD = {"text": "sms", "qr": "sms", "phone": "phone", "walk_in": "phone", "mobile_office": "sms"}
# When messages arrive, by hour of the day: office hours and evenings.
HOUR_WEIGHTS = [1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2, 4, 7, 8, 8, 5, 7, 8, 7, 7, 6, 5, 5, 5, 4, 3, 2]
# Share of complaints that repeat a recent one by the same resident (a likely duplicate).
DUPLICATE_SHARE = 0.01


def pick(rng: random.Random, mix: dict[str, float]) -> str:
    return rng.choices(list(mix), weights=list(mix.values()))[0]


# Satisfaction surveys (DOMAIN.md §5), asked of about one answered resident in twelve. Seo-gu asks by
# text or call after the reply: 8 in 10 satisfied, over 80 % would use it again and recommend it.
# Paju asks at the sessions: 65 % satisfied, 20 % neutral, 15 % dissatisfied; 81 % want it continued
# (11 % neutral, 8 % not). Scores are the 5-point scale (4–5 satisfied, 3 neutral, 1–2 dissatisfied).
SURVEY_SHARE = 0.08
SATISFACTION_SEO_GU = {5: 45, 4: 35, 3: 12, 2: 5, 1: 3}
SATISFACTION_PAJU = {5: 30, 4: 35, 3: 20, 2: 10, 1: 5}
WOULD_USE_AGAIN = {"yes": 84, "neutral": 10, "no": 6}
WOULD_RECOMMEND = {"yes": 82, "neutral": 12, "no": 6}
WANTS_CONTINUED = {"yes": 81, "neutral": 11, "no": 8}
# How the survey reaches the resident, by the case's channel.
SURVEY_CHANNEL = {
    "mobile_office": {"session": 1},
    "phone": {"call": 1},
    "walk_in": {"call": 1},
    "text": {"text": 6, "call": 4},
    "qr": {"text": 8, "call": 2},
}
