#include "serve/service_pool.h"

namespace contraste {

ServicePool::ServicePool(std::vector<std::unique_ptr<Service>> services) : services_(std::move(services)) {
  for (auto& s : services_) free_.push_back(s.get());
}

std::unique_ptr<ServicePool::Lease> ServicePool::Borrow(std::chrono::steady_clock::time_point deadline) {
  std::unique_lock<std::mutex> lock(mutex_);
  if (!returned_.wait_until(lock, deadline, [&] { return !free_.empty(); })) return nullptr;
  Service* s = free_.back();
  free_.pop_back();
  return std::make_unique<Lease>(this, s);
}

void ServicePool::Return(Service* s) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    free_.push_back(s);
  }
  returned_.notify_all();
}

void ServicePool::WaitAllReturned() {
  std::unique_lock<std::mutex> lock(mutex_);
  returned_.wait(lock, [&] { return free_.size() == services_.size(); });
}

}  // namespace contraste
