export default {
  notifications: "Notifications",
  dismissNotification: "Dismiss notification",
  darkMode: "Dark mode",
  loading: "Loading…",
  retry: "Retry",
  crashTitle: "Something went wrong",
  crashReload: "Reload",
  unknownError: "Unknown error",
  progressOf: "{done, number} of {total, number}",
  progressDone: "{done, number}",
};
