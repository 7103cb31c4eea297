//! Work per room: each room's messages and catch-ups in order, rooms side by side.
//!
//! The SDK runs a sync's event handlers one after another, inside the sync. A handler that
//! waits (a reply held back by a rate limit, a quick erase walking a long history, a catch-up
//! reading history after a restart) would keep every other room waiting, and the next sync
//! from starting. So the handlers only queue work here and return at once. A worker per room
//! with work in hand runs that room's jobs in the order they came; a bounded number of rooms
//! run at once, so a thousand rooms catching up cannot crowd out a person writing now.

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore};
use tracing::{debug, error};

/// Rooms answering people at once. Each holds a slot only while it has work in hand; a room
/// waiting on a send or an erase holds one slot, never the others.
pub const LIVE_ROOMS: usize = 32;
/// Rooms reading their history at once with no one waiting for an answer there (the catch-up
/// after a start or an outage): a few, so live rooms keep their slots and the homeserver is
/// not asked for a thousand histories at once.
pub const CATCH_UP_ROOMS: usize = 4;
/// Jobs one room may have waiting. A sync carries far fewer; past this, a message is left for
/// the next catch-up, which finds it in the room's history.
const MAX_QUEUED: usize = 1_000;

/// What the scheduler needs to know of a job.
pub trait RoomJob: Send + 'static {
    /// Someone is waiting for this job's answer (a live message), so it takes a live slot.
    fn awaits_answer(&self) -> bool;
    /// A job that a queued one of the same kind already covers (a second catch-up).
    fn covered_by(&self, queued: &Self) -> bool;
}

/// Runs one room's jobs, one at a time.
pub type Runner<J> = Box<dyn FnMut(J) -> Pin<Box<dyn Future<Output = ()> + Send>> + Send>;

struct Queue<J> {
    jobs: VecDeque<J>,
    /// Woken when a job that awaits an answer arrives while the room waits for a catch-up
    /// slot: someone is waiting, so the room takes a live slot instead.
    answer_awaited: Arc<Notify>,
}

pub struct RoomWork<J> {
    queues: Mutex<HashMap<String, Queue<J>>>,
    live: Arc<Semaphore>,
    catching_up: Arc<Semaphore>,
}

impl<J: RoomJob> RoomWork<J> {
    pub fn new(live: usize, catching_up: usize) -> Arc<RoomWork<J>> {
        Arc::new(RoomWork {
            queues: Mutex::new(HashMap::new()),
            live: Arc::new(Semaphore::new(live)),
            catching_up: Arc::new(Semaphore::new(catching_up)),
        })
    }

    /// Queues `job` for `room_id`, starting the room's worker (with the runner `runner` makes)
    /// if it has none. Returns at once.
    pub fn dispatch(self: &Arc<Self>, room_id: &str, job: J, runner: impl FnOnce() -> Runner<J>) {
        let mut queues = self.queues.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(queue) = queues.get_mut(room_id) {
            if queue.jobs.iter().any(|queued| job.covered_by(queued)) {
                return;
            }
            if queue.jobs.len() >= MAX_QUEUED {
                debug!("a room has too much work queued; the next catch-up takes the rest");
                return;
            }
            if job.awaits_answer() {
                queue.answer_awaited.notify_one();
            }
            queue.jobs.push_back(job);
            return;
        }
        let answer_awaited = Arc::new(Notify::new());
        queues.insert(
            room_id.to_string(),
            Queue {
                jobs: VecDeque::from([job]),
                answer_awaited: answer_awaited.clone(),
            },
        );
        drop(queues);
        let worker = Worker {
            work: self.clone(),
            room_id: room_id.to_string(),
            done: false,
        };
        tokio::spawn(worker.run(runner(), answer_awaited));
    }
}

/// Runs one room's jobs until its queue is empty.
struct Worker<J: RoomJob> {
    work: Arc<RoomWork<J>>,
    room_id: String,
    /// Its queue was found empty and removed: a queue under this room id now is another
    /// worker's.
    done: bool,
}

impl<J: RoomJob> Worker<J> {
    async fn run(mut self, mut runner: Runner<J>, answer_awaited: Arc<Notify>) {
        let Some(_slot) = self.slot(&answer_awaited).await else {
            return;
        };
        while let Some(job) = self.next_job() {
            // A bug in one message's handling must not end the room's work, or the process:
            // the next message here is still answered.
            if let Err(panic) = (CatchPanic { inner: runner(job) }).await {
                error!(
                    "handling a message failed on an internal error ({}); the room goes on",
                    super::panic_message(panic)
                );
            }
        }
    }

    /// A live slot when someone is waiting for an answer here, else a catch-up slot (moving to
    /// a live one if a message arrives meanwhile).
    async fn slot(&self, answer_awaited: &Notify) -> Option<OwnedSemaphorePermit> {
        let awaited = self.work.queues.lock().is_ok_and(|queues| {
            queues
                .get(&self.room_id)
                .is_some_and(|queue| queue.jobs.iter().any(RoomJob::awaits_answer))
        });
        let (live, catching_up) = (self.work.live.clone(), self.work.catching_up.clone());
        if awaited {
            return live.acquire_owned().await.ok();
        }
        tokio::select! {
            slot = catching_up.acquire_owned() => slot.ok(),
            _ = answer_awaited.notified() => live.acquire_owned().await.ok(),
        }
    }

    /// The next job, or `None` (and the room's queue gone) when there is none: checked and
    /// removed under one lock, so a job queued meanwhile is either taken here or starts a new
    /// worker.
    fn next_job(&mut self) -> Option<J> {
        let mut queues = self.work.queues.lock().unwrap_or_else(|e| e.into_inner());
        let job = queues
            .get_mut(&self.room_id)
            .and_then(|queue| queue.jobs.pop_front());
        if job.is_none() {
            queues.remove(&self.room_id);
            self.done = true;
        }
        job
    }
}

impl<J: RoomJob> Drop for Worker<J> {
    /// A worker that ends early (cancelled at shutdown) must not leave its queue behind: every
    /// later job for the room would be queued to nobody. The room's history keeps the messages
    /// dropped here, for the next catch-up.
    fn drop(&mut self) {
        if !self.done {
            let mut queues = self.work.queues.lock().unwrap_or_else(|e| e.into_inner());
            queues.remove(&self.room_id);
        }
    }
}

/// A job's future, with a panic inside it turned into an error.
struct CatchPanic {
    inner: Pin<Box<dyn Future<Output = ()> + Send>>,
}

impl Future for CatchPanic {
    type Output = Result<(), Box<dyn std::any::Any + Send>>;

    fn poll(
        mut self: Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        let inner = &mut self.inner;
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| inner.as_mut().poll(cx))) {
            Ok(std::task::Poll::Ready(())) => std::task::Poll::Ready(Ok(())),
            Ok(std::task::Poll::Pending) => std::task::Poll::Pending,
            Err(panic) => std::task::Poll::Ready(Err(panic)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::sync::{mpsc, oneshot};

    #[derive(Debug)]
    enum TestJob {
        /// A person's message: reports its number, after `gate` opens when there is one.
        Say(u32, Option<oneshot::Receiver<()>>),
        /// A catch-up: the same, in a catch-up slot.
        CatchUp(u32, Option<oneshot::Receiver<()>>),
        Panic,
    }

    impl RoomJob for TestJob {
        fn awaits_answer(&self) -> bool {
            !matches!(self, TestJob::CatchUp(..))
        }
        fn covered_by(&self, queued: &Self) -> bool {
            matches!((self, queued), (TestJob::CatchUp(..), TestJob::CatchUp(..)))
        }
    }

    type Finished = mpsc::UnboundedSender<(&'static str, u32)>;

    /// The next job to finish. The time limit only turns a scheduler that never runs it into
    /// a failure instead of a hung test; passing never depends on it.
    async fn next(
        finished: &mut mpsc::UnboundedReceiver<(&'static str, u32)>,
    ) -> Option<(&'static str, u32)> {
        tokio::time::timeout(std::time::Duration::from_secs(60), finished.recv())
            .await
            .expect("a job that should run never finished")
    }

    fn runner(room: &'static str, done: Finished) -> Runner<TestJob> {
        Box::new(move |job| {
            let done = done.clone();
            Box::pin(async move {
                let (n, gate) = match job {
                    TestJob::Say(n, gate) | TestJob::CatchUp(n, gate) => (n, gate),
                    TestJob::Panic => panic!("a handler's bug"),
                };
                if let Some(gate) = gate {
                    let _ = gate.await;
                }
                let _ = done.send((room, n));
            })
        })
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_stuck_room_holds_back_no_other_and_each_room_keeps_its_order() {
        let work = RoomWork::new(4, 1);
        let (done, mut finished) = mpsc::unbounded_channel();
        // Room A is stuck on its first job (a send waiting on a rate limit, an erase walk).
        let (release_a, gate) = oneshot::channel();
        work.dispatch("a", TestJob::Say(1, Some(gate)), || {
            runner("a", done.clone())
        });
        work.dispatch("a", TestJob::Say(2, None), || runner("a", done.clone()));
        // Room B's messages are answered meanwhile, in order.
        for n in 1..=3 {
            work.dispatch("b", TestJob::Say(n, None), || runner("b", done.clone()));
        }
        for n in 1..=3 {
            assert_eq!(next(&mut finished).await, Some(("b", n)));
        }
        // A is still waiting; once free, its messages come in order.
        assert!(finished.try_recv().is_err());
        release_a.send(()).unwrap();
        assert_eq!(next(&mut finished).await, Some(("a", 1)));
        assert_eq!(next(&mut finished).await, Some(("a", 2)));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_message_does_not_wait_behind_other_rooms_catching_up() {
        let work = RoomWork::new(4, 1);
        let (done, mut finished) = mpsc::unbounded_channel();
        // Room X's catch-up holds the only catch-up slot, and stays stuck.
        let (release_x, gate) = oneshot::channel();
        work.dispatch("x", TestJob::CatchUp(0, Some(gate)), || {
            runner("x", done.clone())
        });
        while work.catching_up.available_permits() > 0 {
            tokio::task::yield_now().await;
        }
        // Room C waits for a catch-up slot; a second catch-up there is merged into the first.
        work.dispatch("c", TestJob::CatchUp(1, None), || runner("c", done.clone()));
        work.dispatch("c", TestJob::CatchUp(9, None), || runner("c", done.clone()));
        // Then a person writes in C: C takes a live slot, catches up, and answers.
        work.dispatch("c", TestJob::Say(2, None), || runner("c", done.clone()));
        assert_eq!(next(&mut finished).await, Some(("c", 1)));
        assert_eq!(next(&mut finished).await, Some(("c", 2)));
        release_x.send(()).unwrap();
        assert_eq!(next(&mut finished).await, Some(("x", 0)));
        assert!(finished.try_recv().is_err(), "the merged catch-up ran");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_panic_while_handling_one_message_does_not_stop_the_room() {
        let work = RoomWork::new(4, 1);
        let (done, mut finished) = mpsc::unbounded_channel();
        let (release, gate) = oneshot::channel();
        work.dispatch("a", TestJob::Say(1, Some(gate)), || {
            runner("a", done.clone())
        });
        work.dispatch("a", TestJob::Panic, || runner("a", done.clone()));
        work.dispatch("a", TestJob::Say(3, None), || runner("a", done.clone()));
        release.send(()).unwrap();
        assert_eq!(next(&mut finished).await, Some(("a", 1)));
        assert_eq!(next(&mut finished).await, Some(("a", 3)));
    }
}
