;;; client.el --- Emacs 28 + eglot as a client of kraftfile-language-server  -*- lexical-binding: t -*-
;; SPDX-License-Identifier: Apache-2.0
;; Run by test/unit/server-emacs.test.ts with `emacs --batch -Q -l client.el': opens the
;; Kraftfile named in $KRAFTFILE_EMACS_FILE with eglot (Debian's elpa-eglot), waits for
;; its diagnostics, asks for a hover, applies the preferred code action and writes what
;; it saw as JSON to $KRAFTFILE_EMACS_RESULT. Every wait has a deadline.
(require 'package)
;; -Q skips Debian's site start, which lists where elpa-* packages are installed.
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'eglot)
(require 'json)

(defconst kraftfile-test-timeout 15)
(defvar kraftfile-test-result (list (cons 'steps [])))

(defun kraftfile-test-put (key value)
  (setf (alist-get key kraftfile-test-result) value))

(defun kraftfile-test-step (name)
  (kraftfile-test-put 'steps (vconcat (alist-get 'steps kraftfile-test-result) (list name))))

(defun kraftfile-test-wait (what pred)
  "Process events until PRED is non-nil, for at most `kraftfile-test-timeout' seconds."
  (let ((deadline (+ (float-time) kraftfile-test-timeout)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (or (funcall pred) (error "%s: not within %s s" what kraftfile-test-timeout))))

(define-derived-mode kraftfile-mode prog-mode "Kraftfile"
  "Unikraft Kraftfile."
  (setq-local comment-start "# "))
(add-to-list 'auto-mode-alist '("/\\(?:Kraftfile\\(?:\\.ya?ml\\)?\\|kraft\\.ya?ml\\)\\'" . kraftfile-mode))
(add-to-list 'eglot-server-programs '(kraftfile-mode . ("kraftfile-language-server" "--stdio")))
;; Answers workspace/configuration: no host hints, so this machine cannot change the result.
(setq-default eglot-workspace-configuration '(:kraftfile (:hostHints :json-false)))

(defun kraftfile-test-diagnostics ()
  "The server's diagnostics for this buffer, as eglot's flymake backend got them."
  (flymake-diagnostics))

(defun kraftfile-test-run ()
  (let* ((file (or (getenv "KRAFTFILE_EMACS_FILE") (error "KRAFTFILE_EMACS_FILE not set")))
         (dir (file-name-directory file)))
    (find-file file)
    (switch-to-buffer (current-buffer))
    (kraftfile-test-put 'mode (symbol-name major-mode))
    (eglot '(kraftfile-mode) (cons 'transient dir) 'eglot-lsp-server '("kraftfile-language-server" "--stdio") "kraftfile")
    (kraftfile-test-wait "eglot managing the buffer" (lambda () (eglot-managed-p)))
    (kraftfile-test-step "started")
    (flymake-start)
    (kraftfile-test-wait "diagnostics" (lambda () (kraftfile-test-diagnostics)))
    (let* ((diags (kraftfile-test-diagnostics))
           (d (car diags))
           (server (eglot-current-server))
           (lsp-diag (flymake-diagnostic-data d)))
      (kraftfile-test-put 'diagnostics
                          (vconcat (mapcar (lambda (x)
                                             (list (cons 'type (symbol-name (flymake-diagnostic-type x)))
                                                   (cons 'start (flymake-diagnostic-beg x))
                                                   (cons 'end (flymake-diagnostic-end x))
                                                   (cons 'text (flymake-diagnostic-text x))))
                                           diags)))
      (kraftfile-test-step "diagnostics")
      (goto-char (flymake-diagnostic-beg d))
      (let ((hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams))))
        (kraftfile-test-put 'hover (plist-get hover :contents)))
      (kraftfile-test-step "hover")
      (let* ((range (list :start (eglot--pos-to-lsp-position (flymake-diagnostic-beg d))
                          :end (eglot--pos-to-lsp-position (flymake-diagnostic-end d))))
             (actions (jsonrpc-request server :textDocument/codeAction
                                       (list :textDocument (eglot--TextDocumentIdentifier)
                                             :range range
                                             :context (list :diagnostics (if (consp lsp-diag) (vector (alist-get 'eglot-lsp-diag lsp-diag)) [])))))
             (preferred (seq-find (lambda (a) (eq (plist-get a :isPreferred) t)) actions)))
        (kraftfile-test-put 'actions (vconcat (mapcar (lambda (a) (list (cons 'title (plist-get a :title)) (cons 'kind (plist-get a :kind)))) actions)))
        (unless preferred (error "no preferred code action"))
        (eglot--apply-workspace-edit (plist-get preferred :edit))
        (kraftfile-test-put 'text (buffer-substring-no-properties (point-min) (point-max)))
        (kraftfile-test-step "applied"))
      ;; eglot sends changes from an idle timer, and a batch Emacs is never idle.
      (eglot--signal-textDocument/didChange)
      (kraftfile-test-wait "diagnostics cleared after the fix" (lambda () (null (kraftfile-test-diagnostics))))
      (kraftfile-test-step "cleared")
      (eglot-shutdown server)
      (kraftfile-test-step "stopped"))))

(condition-case err
    (kraftfile-test-run)
  (error (kraftfile-test-put 'error (error-message-string err))))
(with-temp-file (or (getenv "KRAFTFILE_EMACS_RESULT") (error "KRAFTFILE_EMACS_RESULT not set"))
  (insert (json-encode kraftfile-test-result)))
(kill-emacs 0)
;;; client.el ends here
