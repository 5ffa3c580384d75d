export default {
  notUrl: "{key} is not a valid URL: {value}",
  notHttp: "{key} must be an http(s) URL, got {value}",
  notDialect: "{key} must be one of {names}; got {value}",
  notObjectFile: "{where} must contain a JSON object",
  apiUrlType: "apiUrl in {where} must be a string or null; got {value}",
  settingsType: "settings in {where} must be an object; got {value}",
  notJson: "config.json is not valid JSON",
  notJsonDetail: "config.json is not valid JSON: {detail}",
};
