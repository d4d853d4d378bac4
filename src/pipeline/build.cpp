#include "relgraph/build.hpp"

#include <algorithm>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <condition_variable>
#include <iterator>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace relgraph {

BuildResult build_corpus(const BuildOptions& options, const Lexicon& lex, const WarningSink& warn,
                         const std::function<void(const BuildProgress&)>& progress) {
  CorpusReader reader(options.inputs, options.input, warn);
  GraphBuilder builder;
  BuildResult result;
  BuildProgress p;
  p.bytes_total = reader.bytes_total();
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());

  if (threads == 1) {
    SourceDocument doc;
    while (reader.next(doc)) {
      size_t bytes = doc.text.size();
      Extraction e = extract_document(std::move(doc.text), std::move(doc.info), lex, options.pipeline);
      builder.add(e);
      std::move(e.mentions.begin(), e.mentions.end(), std::back_inserter(result.mentions));
      ++p.documents;
      p.bytes += bytes;
      if (progress) progress(p);
    }
  } else {
    // a bounded queue of documents feeds the workers; the builder merges under a lock
    std::mutex mu;
    std::condition_variable can_take, can_put;
    std::deque<SourceDocument> queue;
    bool done = false;
    std::exception_ptr failure;
    const size_t capacity = threads * 4;
    std::vector<std::thread> workers;
    // each worker merges into its own builder; they are merged at the end (no lock per fact)
    std::vector<GraphBuilder> local(threads);
    for (unsigned t = 0; t < threads; ++t)
      workers.emplace_back([&, t] {
        while (true) {
          SourceDocument doc;
          {
            std::unique_lock<std::mutex> lock(mu);
            can_take.wait(lock, [&] { return !queue.empty() || done; });
            if (queue.empty()) return;
            doc = std::move(queue.front());
            queue.pop_front();
          }
          can_put.notify_one();
          try {
            Extraction e = extract_document(std::move(doc.text), std::move(doc.info), lex, options.pipeline);
            local[t].add(e);
            if (e.mentions.empty()) continue;
            std::lock_guard<std::mutex> lock(mu);
            std::move(e.mentions.begin(), e.mentions.end(), std::back_inserter(result.mentions));
          } catch (...) {
            std::lock_guard<std::mutex> lock(mu);
            if (!failure) failure = std::current_exception();
          }
        }
      });
    try {
      SourceDocument doc;
      while (reader.next(doc)) {
        size_t bytes = doc.text.size();
        {
          std::unique_lock<std::mutex> lock(mu);
          can_put.wait(lock, [&] { return queue.size() < capacity || failure; });
          if (failure) break;
          queue.push_back(std::move(doc));
        }
        can_take.notify_one();
        ++p.documents;
        p.bytes += bytes;
        if (progress) progress(p);
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(mu);
      if (!failure) failure = std::current_exception();
    }
    {
      std::lock_guard<std::mutex> lock(mu);
      done = true;
    }
    can_take.notify_all();
    for (auto& w : workers) w.join();
    if (failure) std::rethrow_exception(failure);
    for (auto& b : local) builder.merge(std::move(b));
#ifdef __GLIBC__
    // the workers' malloc arenas keep what the merge freed; give it back before the export
    malloc_trim(0);
#endif
  }
  // documents finish in any order on threads; the listing is by document and offset
  std::sort(result.mentions.begin(), result.mentions.end(), [](const MentionRecord& a, const MentionRecord& b) {
    if (a.doc != b.doc) return a.doc < b.doc;
    if (a.start != b.start) return a.start < b.start;
    return a.end < b.end;
  });
  result.graph.documents = builder.sorted_documents();
  result.graph.graph = builder.take();
  result.documents = p.documents;
  result.bytes = p.bytes;
  result.skipped = reader.skipped();
  return result;
}

} // namespace relgraph
