#include "core/text/lanes.h"

#include <algorithm>
#include <numeric>
#include <queue>

namespace dyad::core {

std::vector<int> assignLanes(const std::vector<Span> &spans)
{
    std::vector<int> lanes(spans.size(), 0);
    std::vector<size_t> order(spans.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (spans[a].start != spans[b].start)
            return spans[a].start < spans[b].start;
        return spans[a].end > spans[b].end;
    });

    // Busy lanes ordered by the end of the span occupying them; free lanes by number.
    using Busy = std::pair<Offset, int>;
    std::priority_queue<Busy, std::vector<Busy>, std::greater<>> busy;
    std::priority_queue<int, std::vector<int>, std::greater<>> freeLanes;
    int next = 0;
    for (size_t i : order) {
        const Span &s = spans[i];
        if (s.isEmpty())
            continue;
        while (!busy.empty() && busy.top().first <= s.start) {
            freeLanes.push(busy.top().second);
            busy.pop();
        }
        int lane;
        if (!freeLanes.empty()) {
            lane = freeLanes.top();
            freeLanes.pop();
        } else {
            lane = next++;
        }
        lanes[i] = lane;
        busy.emplace(s.end, lane);
    }
    return lanes;
}

int laneCount(const std::vector<int> &lanes)
{
    return lanes.empty() ? 0 : *std::max_element(lanes.begin(), lanes.end()) + 1;
}

} // namespace dyad::core
