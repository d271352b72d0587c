// A fixed set of Services (serve/service.h), one per worker: a request borrows one, waiting at
// most until its deadline, and gives it back when its work is done.
//
//   ServicePool pool(std::move(services));
//   auto lease = pool.Borrow(deadline);           // nullptr: none came free in time
//   if (lease) Reply r = lease->service().Check(body);
#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

#include "serve/service.h"

namespace contraste {

class ServicePool {
 public:
  explicit ServicePool(std::vector<std::unique_ptr<Service>> services);

  class Lease {
   public:
    Lease(ServicePool* pool, Service* service) : pool_(pool), service_(service) {}
    ~Lease() { pool_->Return(service_); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Service& service() { return *service_; }

   private:
    ServicePool* pool_;
    Service* service_;
  };

  std::unique_ptr<Lease> Borrow(std::chrono::steady_clock::time_point deadline);
  // Waits until every service is back (before the pool is destroyed).
  void WaitAllReturned();
  size_t size() const { return services_.size(); }

 private:
  void Return(Service* s);
  std::vector<std::unique_ptr<Service>> services_;
  std::vector<Service*> free_;
  std::mutex mutex_;
  std::condition_variable returned_;
};

}  // namespace contraste
