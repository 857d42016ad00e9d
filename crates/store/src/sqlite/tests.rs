use super::*;

#[tokio::test]
async fn in_memory_store_conforms() {
    let s = SqliteStore::in_memory().expect("open");
    crate::testkit::conformance(&s).await;
}

#[tokio::test]
async fn file_store_survives_reopen_and_migrates_once() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("nested/dir/nw.sqlite");
    {
        let s = SqliteStore::open(&path).await.expect("open");
        crate::testkit::conformance(&s).await;
    }
    let s = SqliteStore::open(&path).await.expect("reopen");
    assert!(s.claim_applied("c1").await.expect("lookup"));
    let v: i64 = s
        .with(|c| Ok(c.query_row("SELECT COUNT(*) FROM schema_version", [], |r| r.get(0))?))
        .await
        .expect("count");
    assert_eq!(v, MIGRATIONS.len() as i64);
}

#[tokio::test]
async fn unopenable_path_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("f");
    std::fs::write(&file, "x").expect("write");
    let err = SqliteStore::open(&file.join("db.sqlite"))
        .await
        .err()
        .expect("fails");
    assert!(matches!(err, StoreError::Open { .. }), "{err}");
}
