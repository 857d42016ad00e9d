use serde::{Deserialize, Deserializer};
use std::fmt;
use std::time::Duration;

/// A duration written as `"15m"`, `"90s"`, `"1h 30m"` or a number of seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct HumanDuration(pub Duration);

impl fmt::Display for HumanDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", humantime::format_duration(self.0))
    }
}

impl<'de> Deserialize<'de> for HumanDuration {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Secs(u64),
            Text(String),
        }
        match Raw::deserialize(d)? {
            Raw::Secs(s) => Ok(HumanDuration(Duration::from_secs(s))),
            Raw::Text(t) => humantime::parse_duration(&t)
                .map(HumanDuration)
                .map_err(|e| {
                    serde::de::Error::custom(format!(
                        "bad duration {t:?}: {e} (write e.g. \"90s\", \"15m\", \"2h\")"
                    ))
                }),
        }
    }
}
