// Weight tables: open addressing from feature keys to class weights (inline or sparse rows).
#include "relgraph/errors.hpp"
#include "syntax_detail.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <numeric>

namespace relgraph::syntax_detail {
namespace {

uint32_t padded(uint32_t classes) { return (classes + 3u) & ~3u; }

// Rows per bucket row: few buckets fill and pass rows on (0.6 and 0.7 measured 5-15% slower).
constexpr double k_bucket_load = 0.5;

// scores[c] += rows[r][c] for all r, c < stride (a multiple of 4), four classes at a time with
// their sums held in registers. The weights are whole numbers well below 2^24, so the sums are
// exact in any order.
void add_dense_rows(const float* const* rows, size_t n, uint32_t stride, float* scores) {
  if (n == 0) return;
  typedef float V4 __attribute__((vector_size(16), aligned(4)));  // scores need not be 16-byte aligned
  for (uint32_t c = 0; c < stride; c += 4) {
    V4 a, b = {0.0f, 0.0f, 0.0f, 0.0f};
    std::memcpy(&a, scores + c, sizeof a);
    size_t r = 0;
    for (; r + 1 < n; r += 2) {  // two sums: additions do not wait on each other
      a += *reinterpret_cast<const V4*>(rows[r] + c);
      b += *reinterpret_cast<const V4*>(rows[r + 1] + c);
    }
    if (r < n) a += *reinterpret_cast<const V4*>(rows[r] + c);
    a += b;
    std::memcpy(scores + c, &a, sizeof a);
  }
}

size_t capacity_for(size_t n, double load) { return std::max<size_t>(8, size_t(double(n) / load) + 1); }

} // namespace

void WeightTable::assign(uint32_t classes, std::vector<uint64_t> keys, const std::vector<float>& weights, float scale,
                         int levels) {
  float peak = 0.0f;
  for (float w : weights) peak = std::max(peak, std::fabs(w));
  if (!(scale > 0.0f)) scale = peak > 0.0f ? peak / float(levels) : 1.0f;
  std::vector<uint32_t> offsets{0};
  std::vector<Entry> entries;
  for (size_t r = 0; r < keys.size(); ++r) {
    for (uint32_t c = 0; c < classes; ++c) {
      const long q = std::lround(weights[r * classes + c] / scale);
      if (q != 0) entries.push_back(Entry{uint16_t(c), int16_t(q)});
    }
    offsets.push_back(uint32_t(entries.size()));
  }
  assign_rows(classes, std::move(keys), offsets, entries, scale);
}

void WeightTable::assign_rows(uint32_t classes, std::vector<uint64_t> keys, const std::vector<uint32_t>& offsets,
                              const std::vector<Entry>& entries, float scale) {
  if (classes > 250) throw InputError("syntax model weight table too large");
  m_classes = classes;
  m_stride = padded(classes);
  m_small = classes <= k_small_classes;
  m_scale = scale;
  const size_t n = keys.size();
  m_cap = capacity_for(n, 0.7);  // dictionaries: short probe chains
  m_buckets_many.clear();
  m_small_slots.clear();
  m_tiny_buckets.clear();
  m_entries.clear();
  m_dense.clear();
  m_row_slot.clear();
  m_tiny = m_small && classes >= 2 && classes <= 4;  // not the 1-class dictionaries
  for (size_t k = 0; k < entries.size() && m_tiny; ++k) m_tiny = std::abs(int(entries[k].q)) <= 127;
  if (m_tiny) {
    m_buckets = std::max<size_t>(1, size_t(double(n) / (k_tiny_rows * k_bucket_load)) + 1);
    m_tiny_buckets.assign(m_buckets, TinyBucket{});
  }
  else if (m_small) m_small_slots.assign(m_cap, SmallSlot{});
  else {
    m_buckets = std::max<size_t>(1, size_t(double(n) / (k_slot_rows * k_bucket_load)) + 1);
    m_buckets_many.assign(m_buckets, SlotBucket{});
  }
  if (!m_small) m_row_slot.reserve(n);
  for (size_t r = 0; r < n; ++r) {
    const Entry* row = entries.data() + offsets[r];
    const uint32_t count = offsets[r + 1] - offsets[r];
    if (m_tiny) {
      const auto [bucket, j] = claim_row(m_tiny_buckets, keys[r]);
      for (uint32_t k = 0; k < count; ++k) bucket->q[j][row[k].cls] = int8_t(row[k].q);
      continue;
    }
    if (m_small) {
      size_t i = home(keys[r]);
      while (m_small_slots[i].check != 0)
        if (++i == m_cap) i = 0;
      m_small_slots[i].check = key_check(keys[r]);
      for (uint32_t k = 0; k < count; ++k) m_small_slots[i].q[row[k].cls] = row[k].q;
      continue;
    }
    const auto [bucket, j] = claim_row(m_buckets_many, keys[r]);
    Slot& slot = bucket->slot[j];
    if (count > 8) {  // frequent features have long rows: a dense vector add beats a scatter
      slot.start = uint32_t(m_dense.size() / m_stride);
      m_dense.resize(m_dense.size() + m_stride, 0.0f);
      for (uint32_t k = 0; k < count; ++k) m_dense[size_t(slot.start) * m_stride + row[k].cls] = float(row[k].q);
      slot.count = k_dense_row;
    } else if (count > 2) {
      slot.start = uint32_t(m_entries.size());
      m_entries.insert(m_entries.end(), row, row + count);
      slot.count = uint8_t(count);
    } else {
      for (uint32_t k = 0; k < count; ++k) {
        slot.cls[k] = uint8_t(row[k].cls);
        slot.q[k] = row[k].q;
      }
      slot.count = uint8_t(count);
      slot.start = 0;
    }
    m_row_slot.push_back(uint32_t(size_t(bucket - m_buckets_many.data()) * k_slot_rows + j));
  }
  m_keys = std::move(keys);
}

void WeightTable::row_weights(size_t r, float* out) const {
  std::fill(out, out + m_classes, 0.0f);
  if (m_tiny) {
    const int8_t* q = find_tiny(m_keys[r]);
    for (uint32_t c = 0; c < m_classes && q; ++c) out[c] = float(q[c]) * m_scale;
    return;
  }
  if (m_small) {
    const int16_t* q = find_small(m_keys[r]);
    for (uint32_t c = 0; c < m_classes && q; ++c) out[c] = float(q[c]) * m_scale;
    return;
  }
  const Slot& slot = m_buckets_many[m_row_slot[r] / k_slot_rows].slot[m_row_slot[r] % k_slot_rows];
  if (slot.count <= 2) {
    for (uint32_t k = 0; k < slot.count; ++k) out[slot.cls[k]] = float(slot.q[k]) * m_scale;
    return;
  }
  if (slot.count == k_dense_row) {
    for (uint32_t c = 0; c < m_classes; ++c) out[c] = m_dense[size_t(slot.start) * m_stride + c] * m_scale;
    return;
  }
  for (uint32_t k = 0; k < slot.count; ++k) out[m_entries[slot.start + k].cls] = float(m_entries[slot.start + k].q) * m_scale;
}

void WeightTable::score(const uint64_t* keys, size_t n, float* scores) const {
  std::fill(scores, scores + m_stride, 0.0f);
  if (m_tiny) {
    static const int8_t none[4] = {0, 0, 0, 0};
    int32_t acc[4] = {0, 0, 0, 0};
    uint32_t at[k_max_features];
    for (size_t from = 0; from < n; from += k_max_features) {
      const size_t to = std::min(n, from + k_max_features);
      for (size_t k = from; k < to; ++k) {
        at[k - from] = uint32_t(bucket_of(keys[k]));
        __builtin_prefetch(&m_tiny_buckets[at[k - from]]);
      }
      for (size_t k = from; k < to; ++k) {
        const TinyBucket& b = m_tiny_buckets[at[k - from]];
        const uint32_t check = key_check(keys[k]);
        const uint32_t hit = bucket_match(b, check);
        const int8_t* q;
        if (__builtin_expect(hit == 0 && b.check[k_tiny_rows - 1] != 0, 0)) {
          q = find_tiny_from(at[k - from], check);  // a full bucket: the row may sit further on
          if (!q) q = none;
        } else {
          q = hit ? b.q[__builtin_ctz(hit)] : none;
        }
        for (uint32_t c = 0; c < 4; ++c) acc[c] += q[c];
      }
    }
    for (uint32_t c = 0; c < m_classes; ++c) scores[c] = float(acc[c]) * m_scale;
    return;
  }
  if (m_small) {
    for (size_t k = 0; k < n; ++k) __builtin_prefetch(&m_small_slots[home(keys[k])]);
    int32_t acc[k_small_classes] = {0, 0, 0, 0, 0, 0};
    for (size_t k = 0; k < n; ++k)
      if (const int16_t* q = find_small(keys[k]))
        for (uint32_t c = 0; c < k_small_classes; ++c) acc[c] += q[c];
    for (uint32_t c = 0; c < m_classes; ++c) scores[c] = float(acc[c]) * m_scale;
    return;
  }
  // Rows found first, their out-of-slot weights fetched in parallel, then added up.
  constexpr size_t k_chunk = 256;
  const Slot* found[k_chunk];
  const float* dense[k_chunk];
  uint32_t at[k_chunk];
  for (size_t from = 0; from < n; from += k_chunk) {
    const size_t to = std::min(n, from + k_chunk);
    for (size_t k = from; k < to; ++k) {
      at[k - from] = uint32_t(bucket_of(keys[k]));
      __builtin_prefetch(&m_buckets_many[at[k - from]]);
    }
    size_t rows = 0, dense_rows = 0;
    for (size_t k = from; k < to; ++k) {
      const SlotBucket& b = m_buckets_many[at[k - from]];
      const uint32_t check = key_check(keys[k]);
      const uint32_t hit = bucket_match(b, check);
      const Slot* s;
      if (hit) s = &b.slot[__builtin_ctz(hit)];
      else if (b.check[k_slot_rows - 1] == 0) continue;
      else if (!(s = find_row_from(at[k - from], check))) continue;
      if (s->count == 0) continue;
      if (s->count == k_dense_row) {
        dense[dense_rows++] = &m_dense[size_t(s->start) * m_stride];
        const char* p = reinterpret_cast<const char*>(dense[dense_rows - 1]);
        for (size_t b = 0; b < m_stride * sizeof(float); b += 64) __builtin_prefetch(p + b);
        continue;
      }
      found[rows++] = s;
      if (s->count > 2) __builtin_prefetch(&m_entries[s->start]);
    }
    add_dense_rows(dense, dense_rows, m_stride, scores);
    for (size_t r = 0; r < rows; ++r) {
      const Slot* s = found[r];
      if (s->count <= 2) {
        scores[s->cls[0]] += float(s->q[0]);
        if (s->count == 2) scores[s->cls[1]] += float(s->q[1]);
        continue;
      }
      const Entry* e = &m_entries[s->start];
      for (uint32_t j = 0; j < s->count; ++j) scores[e[j].cls] += float(e[j].q);
    }
  }
  for (uint32_t c = 0; c < m_classes; ++c) scores[c] *= m_scale;  // one multiply per class, not per entry
}

TrainTable::TrainTable(uint32_t classes) : m_classes(classes), m_stride(padded(classes)) {
  m_slots.assign(1 << 16, TrainSlot{});
  m_mask = m_slots.size() - 1;
}

size_t TrainTable::find_slot(uint64_t key) const {
  size_t i = size_t(key) & m_mask;
  while (m_slots[i].key != 0 && m_slots[i].key != key) i = (i + 1) & m_mask;
  return i;
}

void TrainTable::grow() {
  std::vector<TrainSlot> old;
  old.swap(m_slots);
  m_slots.assign(old.size() * 2, TrainSlot{});
  m_mask = m_slots.size() - 1;
  for (const TrainSlot& s : old)
    if (s.key) m_slots[find_slot(s.key)] = s;
}

uint32_t TrainTable::row_of(uint64_t key) {
  size_t i = find_slot(key);
  if (m_slots[i].key == key) return m_slots[i].row;
  if ((m_keys.size() + 1) * 2 > m_slots.size()) {
    grow();
    i = find_slot(key);
  }
  uint32_t row = uint32_t(m_keys.size());
  m_slots[i].key = key;
  m_slots[i].row = row;
  m_keys.push_back(key);
  m_w.resize(m_w.size() + m_stride, 0.0f);
  m_u.resize(m_u.size() + m_stride, 0.0);
  return row;
}

void TrainTable::score(const uint64_t* keys, size_t n, float* scores) const {
  std::fill(scores, scores + m_stride, 0.0f);
  for (size_t k = 0; k < n; ++k) {
    size_t i = find_slot(keys[k]);
    if (m_slots[i].key == 0) continue;
    const float* w = &m_w[size_t(m_slots[i].row) * m_stride];
    for (uint32_t c = 0; c < m_stride; ++c) scores[c] += w[c];
  }
}

void TrainTable::update(const uint64_t* keys, size_t n, uint32_t cls, float delta, double t) {
  for (size_t k = 0; k < n; ++k) {
    size_t r = size_t(row_of(keys[k])) * m_stride + cls;
    m_w[r] += delta;
    m_u[r] += t * delta;
  }
}

WeightTable TrainTable::average(double t, float prune, int levels) const {
  // Rows sorted by key: the file is canonical whatever the order features were met in.
  std::vector<uint32_t> order(m_keys.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return m_keys[a] < m_keys[b]; });
  std::vector<uint64_t> keys;
  std::vector<float> weights;
  std::vector<float> row(m_classes);
  for (uint32_t r : order) {
    float peak = 0.0f;
    for (uint32_t c = 0; c < m_classes; ++c) {
      size_t at = size_t(r) * m_stride + c;
      row[c] = float(double(m_w[at]) - m_u[at] / t);
      peak = std::max(peak, std::fabs(row[c]));
    }
    if (peak < prune) continue;
    keys.push_back(m_keys[r]);
    weights.insert(weights.end(), row.begin(), row.end());
  }
  WeightTable out;
  out.assign(m_classes, std::move(keys), std::move(weights), 0.0f, levels);
  return out;
}

} // namespace relgraph::syntax_detail
