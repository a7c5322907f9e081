//! sea-orm entities, one per table.

/// Stores a domain enum that has `Display` and `FromStr` (as `strum` derives them) in a text
/// column, as sea-orm's `DeriveValueType` does for enum strings; here, so that the domain needs
/// no storage crate. A stored text no variant has is a read error, never a silent default.
macro_rules! text_column {
    ($($name:ty),+) => {$(
        impl From<$name> for sea_orm::Value {
            fn from(value: $name) -> Self {
                value.to_string().into()
            }
        }

        impl sea_orm::TryGetable for $name {
            fn try_get_by<I: sea_orm::ColIdx>(
                result: &sea_orm::QueryResult,
                index: I,
            ) -> Result<Self, sea_orm::TryGetError> {
                let text = String::try_get_by(result, index)?;
                text.parse().map_err(|error| {
                    sea_orm::TryGetError::DbErr(sea_orm::DbErr::TryIntoErr {
                        from: "String",
                        into: stringify!($name),
                        source: std::sync::Arc::new(error),
                    })
                })
            }
        }

        impl sea_orm::sea_query::ValueType for $name {
            fn try_from(value: sea_orm::Value) -> Result<Self, sea_orm::sea_query::ValueTypeErr> {
                <String as sea_orm::sea_query::ValueType>::try_from(value)?
                    .parse()
                    .map_err(|_| sea_orm::sea_query::ValueTypeErr)
            }

            fn type_name() -> String {
                stringify!($name).to_owned()
            }

            fn array_type() -> sea_orm::sea_query::ArrayType {
                sea_orm::sea_query::ArrayType::String
            }

            fn column_type() -> sea_orm::sea_query::ColumnType {
                sea_orm::sea_query::ColumnType::String(sea_orm::sea_query::StringLen::None)
            }
        }

        impl sea_orm::sea_query::Nullable for $name {
            fn null() -> sea_orm::Value {
                sea_orm::Value::String(None)
            }
        }

        impl sea_orm::IntoActiveValue<$name> for $name {
            fn into_active_value(self) -> sea_orm::ActiveValue<$name> {
                sea_orm::ActiveValue::Set(self)
            }
        }
    )+};
}

text_column!(
    crate::domain::run::RunStatus,
    crate::domain::run::RunKind,
    crate::domain::run::Trigger
);

pub mod audit_event;
pub mod env;
pub mod job;
pub mod lease;
pub mod plugin;
pub mod plugin_about;
pub mod plugin_env_config;
pub mod project;
pub mod run;
pub mod run_log;
pub mod schedule;
pub mod state;
pub mod webhook;
pub mod webhook_delivery;
