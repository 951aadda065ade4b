#include "storage/Logging.h"

#include <memory>
#include <mutex>
#include <spdlog/spdlog.h>

namespace permanence::storage {

spdlog::logger& storageLog()
{
    static std::mutex mutex;
    // Held here as well as in spdlog's registry, so the reference stays valid if someone drops
    // the logger from the registry while a caller is using it.
    static std::shared_ptr<spdlog::logger> held;

    const std::lock_guard lock(mutex);
    if (auto registered = spdlog::get("storage")) {
        held = std::move(registered);
        return *held;
    }
    const auto fallback = spdlog::default_logger();
    held = std::make_shared<spdlog::logger>("storage", fallback->sinks().begin(),
                                            fallback->sinks().end());
    held->set_level(fallback->level());
    try {
        spdlog::register_logger(held);
    } catch (const spdlog::spdlog_ex&) {
        // Registered by another thread in between: harmless, ours still logs to the same sinks.
    }
    return *held;
}

} // namespace permanence::storage
